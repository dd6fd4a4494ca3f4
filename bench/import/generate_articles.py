#!/usr/bin/env python3
"""Writes N fictional articles for the import benchmark: 60% .txt, 20% .md, 20% .html.

Deterministic (seeded), standard library only. Each article has a title, byline, outlet, date
and URL lines, 6-10 paragraphs of 40-80 words, and some page junk, like the saved pages the
importer reads. Usage: generate_articles.py --count 10000 --out DIR
"""
import argparse
import os
import random

WORDS = ("the ministry said officials border troops missile launch talks envoys drills navy army "
         "seoul pyongyang washington tokyo beijing moscow sanctions artillery shells containers "
         "rail port analysts estimate report satellite images parliament committee defense "
         "cooperation treaty summit statement agency spokesperson exercise readiness coast guard "
         "fishing boat drone budget unification dialogue deterrence alliance cost sharing").split()
OUTLETS = ["Harbor Ledger", "Northline Daily", "Seoul Morning Post", "Kestrel News Network", "Eastern Sea Review"]
NAMES = ["Choi Min-ji", "Tom Ashby", "Lee Ha-eun", "Priya Raman", "Song Ji-ahn", "Grace Moon"]
JUNK = ["Share:", "Please enter your comment!", "Sign up for our newsletter, delivered to your inbox.", "Related Articles", "(END)"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 5)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        title = f"Report {i}: " + " ".join(rng.choice(WORDS) for _ in range(7))
        outlet, name = rng.choice(OUTLETS), rng.choice(NAMES)
        day = 1 + i % 28
        url = f"https://bench.example/{i // 1000}/{i}"
        paras = [paragraph(rng) for _ in range(rng.randint(6, 10))]
        junk = rng.sample(JUNK, 2)
        kind = i % 10
        if kind < 6:
            name_ = f"a{i:05d}.txt"
            body = "\n\n".join(paras + junk)
            text = f"{title}\nBy {name}\n{outlet}\nNovember {day}, 2026\n{url}\n\n{body}\n"
        elif kind < 8:
            name_ = f"a{i:05d}.md"
            body = "\n\n".join(paras + junk)
            text = f"---\ntitle: {title}\nauthor: {name}\noutlet: {outlet}\ndate: 2026-11-{day:02d}\nurl: {url}\n---\n\n{body}\n"
        else:
            name_ = f"a{i:05d}.html"
            body = "".join(f"<p>{p}</p>\n" for p in paras + junk)
            text = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>"
                    f"<meta property=\"og:site_name\" content=\"{outlet}\"><meta name=\"author\" content=\"{name}\">"
                    f"<meta property=\"article:published_time\" content=\"2026-11-{day:02d}T09:00:00+09:00\">"
                    f"<link rel=\"canonical\" href=\"{url}\"><script>var x = 1;</script></head><body>"
                    f"<nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>\n{body}</article>"
                    f"<footer>Copyright</footer></body></html>\n")
        with open(os.path.join(args.out, name_), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
