#!/usr/bin/env python3
"""Fits the join decision of story clustering (a logistic regression, standard library only).

    dotnet run -c Release --project bench/Newsdesk.StoryBench -- evidence evidence.csv
    python3 bench/fit_join.py evidence.csv

Each row is one article against one candidate story (label 1 = its gold story). Both corpora
weigh the same in the loss, so neither dominates the single configuration. Prints the weights
to copy into StoryClusteringOptions (argument 2: ridge strength, default 1e-3).
"""
import csv
import math
import sys


def main():
    rows = list(csv.DictReader(open(sys.argv[1])))
    names = [c for c in rows[0] if c not in ("corpus", "label")]
    per_corpus = {}
    for r in rows:
        per_corpus[r["corpus"]] = per_corpus.get(r["corpus"], 0) + 1
    data = [([float(r[n]) for n in names], int(r["label"]), 1.0 / per_corpus[r["corpus"]]) for r in rows]
    l2 = float(sys.argv[2]) if len(sys.argv) > 2 else 1e-3
    d = len(names) + 1
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
    b, w = beta[0], beta[1:]
    print("Bias = %.3f" % b)
    for n, wi in zip(names, w):
        print("%s = %.3f" % (n, wi))


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
