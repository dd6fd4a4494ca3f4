#!/usr/bin/env python3
"""Quality gate for article extraction (after trafilatura's eval_gate.py).

Scores PREDICTIONS.json on ../shared/benchmarks/extraction with the shared scorer and compares
F1 with the floor pinned in eval-baseline.json beside this file. The floor belongs to one corpus:
the corpus SHA-256 (ground truth plus every page) must match, or the gate fails until someone
re-measures on the new corpus.

usage: eval_gate.py PREDICTIONS.json [--shared DIR] [--update] [--allow-regression]
  --update            raise the floor to the measured F1 minus MARGIN (never lowers it)
  --allow-regression  with --update, also lower it (a deliberate trade-off, say why in the commit)
exit status: 0 pass, 1 below the floor, 2 corpus changed or inputs missing.
"""
import hashlib, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASELINE = os.path.join(HERE, "eval-baseline.json")
EPSILON = 0.0005   # rounding of the scorer's printed figures
MARGIN = 0.003     # floor sits this far below the measured F1: room for float noise, not for regressions


def corpus_sha(bench):
    h = hashlib.sha256()
    with open(os.path.join(bench, "ground-truth.json"), "rb") as f:
        h.update(f.read())
    html = os.path.join(bench, "html")
    for name in sorted(os.listdir(html)):
        h.update(name.encode())
        with open(os.path.join(html, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def main():
    args = sys.argv[1:]
    update = "--update" in args
    allow = "--allow-regression" in args
    shared = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
    if "--shared" in args:
        shared = args[args.index("--shared") + 1]
    positional = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or args[i - 1] != "--shared")]
    if not positional:
        print(__doc__); return 2
    bench = os.path.join(shared, "benchmarks", "extraction")
    scorer = os.path.join(shared, "tools", "extraction_eval.py")
    out = subprocess.run([sys.executable, scorer, os.path.join(bench, "ground-truth.json"), positional[0]],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r"precision=([\d.]+) recall=([\d.]+) F1=([\d.]+)", out)
    p, r, f1 = (float(x) for x in m.groups())
    base = json.load(open(BASELINE))
    sha = corpus_sha(bench)
    print(out.strip())
    if sha != base["corpus_sha256"]:
        print(f"corpus changed: {sha} != pinned {base['corpus_sha256']}; re-measure and pin with --update --allow-regression")
        return 2
    floor = base["f1_floor"]
    if update:
        new = round(f1 - MARGIN, 4)
        if new > floor or allow:
            base.update(f1_floor=new, measured={"f1": f1, "precision": p, "recall": r})
            with open(BASELINE, "w") as f:
                json.dump(base, f, indent=2); f.write("\n")
            print(f"floor {floor} -> {new}")
        return 0
    if f1 + EPSILON < floor:
        print(f"FAIL: F1 {f1:.3f} is below the floor {floor}")
        return 1
    print(f"pass: F1 {f1:.3f} >= floor {floor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
