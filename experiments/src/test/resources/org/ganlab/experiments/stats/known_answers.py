"""Known answers for the tests of org.ganlab.experiments.stats, computed independently of Java.

Run with /usr/bin/python3 (numpy + mpmath; scipy is not installed here). The Student t CDF is the
regularized incomplete beta function, the Mann-Whitney p-values come from brute-force enumeration of
all C(N, m) splits, so nothing below shares code with the Java implementation.
"""
import itertools
import math

import mpmath
import numpy as np

mpmath.mp.dps = 30


def t_cdf(t, df):
    x = df / (df + t * t)
    tail = 0.5 * mpmath.betainc(df / 2, 0.5, 0, x, regularized=True)
    return tail if t < 0 else 1 - tail


def t_quantile(q, df):
    return mpmath.findroot(lambda t: t_cdf(t, df) - q, 2.0)


def welch(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    t = (a.mean() - b.mean()) / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    return t, df, 2 * t_cdf(-abs(t), df)


def midranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j + 2) / 2
        i = j + 1
    return ranks


def mann_whitney_exact(a, b):
    pooled = list(a) + list(b)
    ranks = midranks(pooled)
    m = len(a)
    observed = sum(ranks[:m])
    sums = [sum(ranks[i] for i in c) for c in itertools.combinations(range(len(pooled)), m)]
    below = sum(s <= observed + 1e-9 for s in sums) / len(sums)
    above = sum(s >= observed - 1e-9 for s in sums) / len(sums)
    u = observed - m * (m + 1) / 2
    return u, min(1.0, 2 * min(below, above))


def mann_whitney_normal(a, b):
    pooled = list(a) + list(b)
    ranks = midranks(pooled)
    na, nb, n = len(a), len(b), len(pooled)
    u = sum(ranks[:na]) - na * (na + 1) / 2
    _, counts = np.unique(pooled, return_counts=True)
    ties = float(np.sum(counts ** 3 - counts))
    sigma = math.sqrt(na * nb / 12 * (n + 1 - ties / (n * (n - 1))))
    z = max(0.0, abs(u - na * nb / 2) - 0.5) / sigma
    return u, math.erfc(z / math.sqrt(2))


def hedges_g(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    m = len(a) + len(b) - 2
    sp = math.sqrt(((len(a) - 1) * a.var(ddof=1) + (len(b) - 1) * b.var(ddof=1)) / m)
    j = mpmath.gamma(m / 2) / (mpmath.sqrt(m / 2) * mpmath.gamma((m - 1) / 2))
    return (a.mean() - b.mean()) / sp * j, j


print("welch [1,2,3,4] vs [3,5,7,9,11]:", welch([1, 2, 3, 4], [3, 5, 7, 9, 11]))
print("welch [19.1,20.3,18.7,21.0] vs [17.2,17.9,18.4]:",
      welch([19.1, 20.3, 18.7, 21.0], [17.2, 17.9, 18.4]))
t4 = t_quantile(0.975, 4)
half = t4 * math.sqrt(2.5) / math.sqrt(5)
print("t_{0.975,4} =", t4, " t-interval [1..5]:", 3 - half, 3 + half)
print("t_{0.975,2} =", t_quantile(0.975, 2))
print("exact MWU [1,2,3] vs [4,5,6]:", mann_whitney_exact([1, 2, 3], [4, 5, 6]))
print("exact MWU [1,3,5] vs [2,4,6,8]:", mann_whitney_exact([1, 3, 5], [2, 4, 6, 8]))
print("exact MWU [1,2,2] vs [2,3,4] (ties):", mann_whitney_exact([1, 2, 2], [2, 3, 4]))
print("exact MWU [0.31,0.42,0.29,0.35,0.38] vs [0.27,0.22,0.30,0.25,0.24]:",
      mann_whitney_exact([0.31, 0.42, 0.29, 0.35, 0.38], [0.27, 0.22, 0.30, 0.25, 0.24]))
big_a = [i % 7 for i in range(30)]
big_b = [i % 5 + 1 for i in range(31)]
print("normal MWU (i%7, 30) vs (i%5+1, 31):", mann_whitney_normal(big_a, big_b))
print("hedges g [1,2,3,4] vs [3,5,7,9,11]:", hedges_g([1, 2, 3, 4], [3, 5, 7, 9, 11]))
print("J(4) =", mpmath.gamma(2) / (mpmath.sqrt(2) * mpmath.gamma(1.5)))
print("quantiles of [1,2,3,4] at .025/.5/.975:", np.quantile([1, 2, 3, 4], [0.025, 0.5, 0.975]))
print("quantiles of [3,1,4,1,5] at .25/.9:", np.quantile([3, 1, 4, 1, 5], [0.25, 0.9]))
print("exact MWU [1,2,3,4] vs [3,5,7,9,11]:", mann_whitney_exact([1, 2, 3, 4], [3, 5, 7, 9, 11]))
print("ranking: welch a vs b, a vs c:", welch([10.0, 10.5, 9.8], [10.3, 10.9, 10.1]),
      welch([10.0, 10.5, 9.8], [14.0, 14.5, 13.8]))
print("ranking: welch [1,2,3,4] vs [3.5,4.5,5.5,6.5]:", welch([1, 2, 3, 4], [3.5, 4.5, 5.5, 6.5]))
print("t_{0.975,1} =", t_quantile(0.975, 1))
print("normal approximation without corrections, U=0, 3 vs 3 (Commons Math):",
      math.erfc(4.5 / math.sqrt(5.25) / math.sqrt(2)))
