#!/usr/bin/env python3
"""Independent reference figures for tests/core/tst_overfittingstatistics.cpp.

Written from the papers, not from Candela's C++: plain Python with statistics.NormalDist
(Wichura's AS241 quantile) and itertools.combinations for the CSCV splits. Run it to print the
figures the test compares against:  python3 tests/data/lab/overfitting_reference.py
"""
import itertools
import math
from statistics import NormalDist

Z = NormalDist()
GAMMA = 0.5772156649015329


def series(n, t):
    # The same formula as seriesReturn() in the test.
    return 0.01 * math.sin(1.3 * t + 0.7 * n) + 0.002 * n * ((t % 3) - 1) + 0.0005 * (n % 2)


def moments(xs):
    n = len(xs)
    mean = sum(xs) / n
    m2 = sum((x - mean) ** 2 for x in xs) / n
    m3 = sum((x - mean) ** 3 for x in xs) / n
    m4 = sum((x - mean) ** 4 for x in xs) / n
    sd = math.sqrt(m2)
    return n, mean / sd, m3 / sd ** 3, m4 / m2 ** 2


def psr(xs, benchmark):
    n, sr, skew, kurt = moments(xs)
    return Z.cdf((sr - benchmark) * math.sqrt(n - 1) / math.sqrt(1 - skew * sr + (kurt - 1) / 4 * sr * sr))


def sharpe(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return mean / math.sqrt(var) if var > 0 else 0.0


def cscv(matrix, blocks):
    bars = len(matrix[0])
    per = bars // blocks
    skip = bars - per * blocks
    cut = [[col[skip + b * per: skip + (b + 1) * per] for b in range(blocks)] for col in matrix]
    logits, losses, degradation = [], 0, 0.0
    # Splits in the order of their bit masks (block b is bit b), as the C++ enumerates them.
    splits = sorted(itertools.combinations(range(blocks), blocks // 2),
                    key=lambda c: sum(1 << b for b in c))
    for train in splits:
        test = [b for b in range(blocks) if b not in train]
        tr = [sharpe(sum((col[b] for b in train), [])) for col in cut]
        te = [sharpe(sum((col[b] for b in test), [])) for col in cut]
        best = max(range(len(matrix)), key=lambda n: (tr[n], -n))
        below = sum(1 for v in te if v < te[best])
        equal = sum(1 for v in te if v == te[best])
        omega = (below + (equal + 1) / 2) / (len(matrix) + 1)
        logits.append(math.log(omega / (1 - omega)))
        losses += te[best] < 0
        degradation += te[best] - tr[best]
    pbo = sum(1 for l in logits if l <= 0) / len(logits)
    return pbo, logits, losses / len(logits), degradation / len(logits)


if __name__ == "__main__":
    one = [series(1, t) for t in range(40)]
    print("moments", moments(one))
    print("psr(0)", repr(psr(one, 0.0)), "psr(0.1)", repr(psr(one, 0.1)))
    matrix = [[series(n, t) for t in range(26)] for n in range(5)]
    pbo, logits, loss, degradation = cscv(matrix, 4)
    print("pbo", repr(pbo), "loss", repr(loss), "degradation", repr(degradation))
    print("logits", ", ".join(repr(l) for l in logits))
    for p in (1e-10, 0.001, 0.3, 0.9, 1 - 1 / (100 * math.e), 1 - 1e-9):
        print("quantile", repr(p), repr(Z.inv_cdf(p)))
    # The deflated Sharpe ratio paper's own example (section 6): five years of daily returns,
    # annualised SR 2.5, 100 trials whose annualised Sharpe ratios vary by 0.5, skew -3, kurt 10.
    v, t, sr, n = 0.5 / 250, 1250, 2.5 / math.sqrt(250), 100
    sr0 = math.sqrt(v) * ((1 - GAMMA) * Z.inv_cdf(1 - 1 / n) + GAMMA * Z.inv_cdf(1 - 1 / (n * math.e)))
    print("dsr example sr0", repr(sr0), "dsr",
          repr(Z.cdf((sr - sr0) * math.sqrt(t - 1) / math.sqrt(1 + 3 * sr + 9 / 4 * sr * sr))))
