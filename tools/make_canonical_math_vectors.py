#!/usr/bin/python3
"""
make_canonical_math_vectors.py -- true values of sin, cos, atan and atan2 for the canonical
trigonometry's tests (tests/vectors/canonical-math.txt), computed with mpmath at 4000 bits.

One line per case: the function, its argument(s) as IEEE-754 double bit patterns in hex, the true
value rounded to the nearest double (bit pattern), and the side of that double the true value lies
on (-1 below, 0 exact, +1 above). A result within 1 ulp of the true value is then that double or
its neighbour on that side; the test accepts nothing else. Arguments: seeded random ones over every
scale, the neighbours of multiples of pi/2 (the reduction's cancellations), Kahan's double closest
to a multiple of pi/2 (6381956970095103 * 2^797), and the pixel-lattice points theta sees.
Results that would be subnormal are left out (their rounding in mpmath's float() is not trusted).

    python3 tools/make_canonical_math_vectors.py --out tests/vectors/canonical-math.txt
"""
import argparse
import math
import random
import struct

import mpmath

mpmath.mp.prec = 4000


def bits(d):
    return struct.unpack("<Q", struct.pack("<d", d))[0]


def rounded(v):
    """The double nearest v and the side of it v lies on."""
    # float() of an mpf may truncate: take the nearest of it and its two neighbours.
    d = min((next_down(float(v)), float(v), next_up(float(v))), key=lambda c: abs(mpmath.mpf(c) - v))
    exact = mpmath.mpf(d)
    side = 0 if v == exact else (1 if v > exact else -1)
    return d, side


def next_up(d):
    return math.nextafter(d, math.inf)


def next_down(d):
    return math.nextafter(d, -math.inf)


def log_uniform(rng, lo, hi):
    return rng.choice((1, -1)) * math.ldexp(1 + rng.random(), rng.randint(lo, hi))


def unary_arguments(rng):
    args = []
    args += [(2 * rng.random() - 1) * math.pi / 4 for _ in range(300)]
    args += [(2 * rng.random() - 1) * 1000 for _ in range(300)]
    args += [log_uniform(rng, -1000, -20) for _ in range(100)]
    args += [log_uniform(rng, -20, 20) for _ in range(300)]
    args += [log_uniform(rng, 20, 1023) for _ in range(300)]
    for k in list(range(1, 200)) + [rng.randint(200, 1 << 20) for _ in range(100)] + [2 ** e for e in range(21, 60, 3)]:
        x = k * (math.pi / 2)
        args += [next_down(x), x, next_up(x), -x]
    args.append(math.ldexp(6381956970095103, 797))
    args += [1.0, 0.5, math.pi, 1e22, 1e300, 1.7976931348623157e308]
    return args


def atan2_arguments(rng):
    pairs = []
    for _ in range(600):
        pairs.append((2 * rng.random() - 1, 2 * rng.random() - 1))
    for _ in range(600):
        # Float coordinates of a pixel lattice, as theta and the radial fold see them.
        y = struct.unpack("<f", struct.pack("<f", rng.randint(-2048, 2048) * 0.5 / 137.0))[0]
        x = struct.unpack("<f", struct.pack("<f", rng.randint(-2048, 2048) * 0.5 / 211.0))[0]
        if x != 0 or y != 0:
            pairs.append((y, x))
    for _ in range(400):
        pairs.append((log_uniform(rng, -500, 500), log_uniform(rng, -500, 500)))
    for _ in range(300):
        x = log_uniform(rng, -300, 300)
        pairs.append((rng.choice((1, -1)) * math.ldexp(abs(x) * (1 + rng.random()), rng.randint(-64, 64)), x))
    return pairs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20261130)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    lines = ["# function argument-bits [argument-bits] nearest-double-bits side-of-true-value (tools/make_canonical_math_vectors.py)"]

    def emit(name, arguments, value):
        d, side = rounded(value)
        if d != 0 and abs(d) < 2.2250738585072014e-308:
            return
        lines.append(" ".join([name] + ["%016X" % bits(a) for a in arguments] + ["%016X" % bits(d), str(side)]))

    for x in unary_arguments(rng):
        mx = mpmath.mpf(x)
        emit("sin", [x], mpmath.sin(mx))
        emit("cos", [x], mpmath.cos(mx))
    for x in [(2 * rng.random() - 1) * 3 for _ in range(600)] + [log_uniform(rng, -1000, 1000) for _ in range(600)]:
        emit("atan", [x], mpmath.atan(mpmath.mpf(x)))
    for y, x in atan2_arguments(rng):
        emit("atan2", [y, x], mpmath.atan2(mpmath.mpf(y), mpmath.mpf(x)))
    with open(options.out, "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
