#!/usr/bin/env python3
"""The Giveme5W1H dev labels with the noisy articles put where their text belongs (docs/benchmarks.md,
"Giveme5W1H ceiling"). Writes a predictions file; score it with ../shared/tools/cluster_score.py to get
the best BCubed F1 a clusterer can reach on the dev file without following the noise.

usage: python3 bench/gv_ceiling.py [--opinion-in-missile-story] ../shared/benchmarks/clustering/giveme5w1h_newscluster/dev.jsonl OUT.jsonl
"""
import json
import sys

MOVED = {
    # site footer and a generic section page, labelled as the Angola satellite story: each alone
    "g5w1h:f56d3ca80321bda6": "alone-1",
    "g5w1h:a54fd49a5b440207": "alone-2",
    # two March 2017 leggings articles labelled with the December 2017 flight story: their own story
    "g5w1h:1b020af8515c8d08": "leggings",
    "g5w1h:9bf167880254a05a": "leggings",
}
# With --opinion-in-missile-story, a November 2017 opinion piece (on Trump urging Pyongyang to "come to
# the table", labelled with the January 2018 olive-branch reports) goes with the missile story, where
# Newsdesk puts it: a defensible reading, but not label noise.
if "--opinion-in-missile-story" in sys.argv:
    sys.argv.remove("--opinion-in-missile-story")
    MOVED["g5w1h:7a14c6a7dbf38875"] = "g5w1h:north_Korea_hokkaido_missile"

gold, out = sys.argv[1], sys.argv[2]
with open(gold, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
    for line in src:
        if line.strip():
            row = json.loads(line)
            dst.write(json.dumps({"id": row["id"], "cluster": MOVED.get(row["id"], row["cluster"])}) + "\n")
