"""BG/NBD with NumPy and SciPy: the baseline an analyst would write in Python.

Fader, Hardie & Lee (2005), "Counting your customers the easy way", eq. 6 (likelihood),
eq. 13 (P(alive)) and eq. 10 (conditional expectation). The fit is L-BFGS-B on log parameters
with the analytic gradient, so the comparison is with an expert fit, not a naive one.

  python3 bgnbd_scipy.py fit summary.csv            -> CDNOW-style summary (x, t_x, T columns 2-4)
  python3 bgnbd_scipy.py job log.csv horizon end    -> transaction log (id, day, amount) to day `end`: summary,
                                                       fit, P(alive) and E[Y(horizon)] per customer
Prints one JSON line with the median times in milliseconds and the fitted parameters.
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import digamma, gammaln, hyp2f1


def negll_and_grad(logp, x, tx, T, w):
    r, alpha, a, b = np.exp(logp)
    pos = x > 0
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    with np.errstate(divide="ignore", invalid="ignore"):
        a4 = np.where(pos, np.log(a) - np.log(np.where(pos, b + x - 1, 1)) - (r + x) * np.log(alpha + tx), -np.inf)
    m = np.maximum(a3, a4)
    s = np.exp(a3 - m) + np.exp(a4 - m)
    ll = a1 + a2 + m + np.log(s)
    w3 = np.exp(a3 - m) / s
    w4 = 1 - w3
    dr = digamma(r + x) - digamma(r) + np.log(alpha) - w3 * np.log(alpha + T) - w4 * np.log(alpha + tx)
    dalpha = r / alpha - w3 * (r + x) / (alpha + T) - w4 * (r + x) / (alpha + tx)
    da = digamma(a + b) - digamma(a + b + x) + w4 / a
    db = digamma(a + b) + digamma(b + x) - digamma(b) - digamma(a + b + x) - w4 / np.where(pos, b + x - 1, 1)
    grad = np.array([(w * dr).sum() * r, (w * dalpha).sum() * alpha, (w * da).sum() * a, (w * db).sum() * b])
    return -(w * ll).sum(), -grad


def fit(x, tx, T, w):
    res = minimize(negll_and_grad, np.zeros(4), args=(x, tx, T, w), jac=True, method="L-BFGS-B")
    return np.exp(res.x), -res.fun


def p_alive(p, x, tx, T):
    r, alpha, a, b = p
    with np.errstate(divide="ignore", invalid="ignore"):
        odds = np.where(x > 0, a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x), 0)
    return 1 / (1 + odds)


def expected(p, t, x, tx, T):
    r, alpha, a, b = p
    z = t / (alpha + T + t)
    head = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z))
    with np.errstate(divide="ignore", invalid="ignore"):
        tail = 1 + np.where(x > 0, a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x), 0)
    return head / tail


def median_ms(f, repeats):
    f()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = f()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times[len(times) // 2], out


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "fit":
        d = np.loadtxt(path, delimiter=",", skiprows=1)
        x, tx, T = d[:, 1], d[:, 2], d[:, 3]
        ms, (p, ll) = median_ms(lambda: fit(x, tx, T, np.ones_like(x)), 15)
        print(json.dumps({"fitMs": ms, "params": list(p), "logLik": ll}))
        return
    horizon, end = float(sys.argv[3]), float(sys.argv[4])
    log = pd.read_csv(path)

    def summarise():
        # Same-day purchases count once; weeks are days / 7; T runs to the end of the period.
        days = log.drop_duplicates(["id", "day"])
        g = days.groupby("id")["day"]
        first, last, n = g.min(), g.max(), g.count()
        return (n - 1).to_numpy(float), ((last - first) / 7).to_numpy(float), ((end - first) / 7).to_numpy(float)

    summary_ms, (x, tx, T) = median_ms(summarise, 3)
    fit_ms, (p, ll) = median_ms(lambda: fit(x, tx, T, np.ones_like(x)), 3)
    score_ms, _ = median_ms(lambda: (p_alive(p, x, tx, T), expected(p, horizon, x, tx, T)), 3)
    print(json.dumps({"summaryMs": summary_ms, "fitMs": fit_ms, "scoreMs": score_ms, "totalMs": summary_ms + fit_ms + score_ms, "customers": len(x), "params": list(p), "logLik": ll}))


if __name__ == "__main__":
    main()
