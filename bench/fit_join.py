#!/usr/bin/env python3
"""Fits the join decision of story clustering (a logistic regression, standard library only).

    dotnet run -c Release --project bench/Newsdesk.StoryBench -- evidence evidence.csv
    python3 bench/fit_join.py evidence.csv [--ridge 1e-3] [--only name,name] [--drop name,name] [--fit-on CORPUS]

Each row is one article against one candidate story (label 1 = its gold story). Both corpora
weigh the same in the loss, so neither dominates the single configuration. `--fit-on` fits on
one corpus only (cross-corpus validation: fit on one dev set, score the clustering on the other).
`--only`/`--drop` choose the evidence used (the rest get weight 0). Prints the weights as
`Option=value` arguments for `StoryBench sweep`, and the log-loss per corpus.
"""
import argparse
import csv
import math


def option_name(evidence):
    return "".join(p.capitalize() for p in evidence.split("_")) + "Weight"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--ridge", type=float, default=1e-3)
    ap.add_argument("--only")
    ap.add_argument("--drop")
    ap.add_argument("--fit-on")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.csv)))
    names = [c for c in rows[0] if c not in ("corpus", "label")]
    used = names
    if a.only:
        used = [n for n in names if n in a.only.split(",")]
    if a.drop:
        used = [n for n in used if n not in a.drop.split(",")]
    corpora = sorted({r["corpus"] for r in rows})
    per_corpus = {c: sum(1 for r in rows if r["corpus"] == c) for c in corpora}
    data = [([float(r[n]) for n in used], int(r["label"]), r["corpus"]) for r in rows]
    train = [(x, y, 1.0 / per_corpus[c]) for x, y, c in data if a.fit_on is None or c == a.fit_on]
    beta = fit(train, len(used) + 1, a.ridge)
    weights = dict(zip(used, beta[1:]))
    args = ["Bias=%.3f" % beta[0]] + ["%s=%.3f" % (option_name(n), weights.get(n, 0.0)) for n in names]
    print(" ".join(args))
    for c in corpora:
        loss = 0.0
        k = 0
        for x, y, cc in data:
            if cc != c:
                continue
            z = beta[0] + sum(b * v for b, v in zip(beta[1:], x))
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            loss -= math.log(max(p if y else 1 - p, 1e-12))
            k += 1
        print("# log-loss on %s: %.4f (%d pairs)" % (c, loss / k, k))


def fit(data, d, l2):
    beta = [0.0] * d  # bias first
    total = sum(s for _, _, s in data)
    for _ in range(25):  # Newton-Raphson (IRLS) with a small ridge
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y, s in data:
            v = [1.0] + x
            z = sum(bi * vi for bi, vi in zip(beta, v))
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            g = (p - y) * s / total
            h = p * (1 - p) * s / total
            for i in range(d):
                grad[i] += g * v[i]
                hv = h * v[i]
                for j in range(i, d):
                    hess[i][j] += hv * v[j]
        for i in range(d):
            for j in range(i):
                hess[i][j] = hess[j][i]
            if i:
                grad[i] += l2 * beta[i]
                hess[i][i] += l2
        step = solve(hess, grad)
        beta = [bi - si for bi, si in zip(beta, step)]
    return beta


def solve(a, g):
    """Gaussian elimination with partial pivoting: returns x with a x = g."""
    n = len(g)
    m = [row[:] + [g[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


if __name__ == "__main__":
    main()
