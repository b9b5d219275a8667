# Spectral norm (Computer Language Benchmarks Game): float arithmetic,
# nested loops over lists with indexing, small function calls, zip/sum.
import math


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def a_times_u(u):
    n = len(u)
    return [sum(eval_a(i, j) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def at_times_u(u):
    n = len(u)
    return [sum(eval_a(j, i) * u_j for j, u_j in enumerate(u)) for i in range(n)]


def ata_times_u(u):
    return at_times_u(a_times_u(u))


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = ata_times_u(u)
        u = ata_times_u(v)
    vbv = sum(ue * ve for ue, ve in zip(u, v))
    vv = sum(ve * ve for ve in v)
    print("spectral_norm", "%0.9f" % math.sqrt(vbv / vv))


main(320)
