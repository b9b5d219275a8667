import math
print(math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(-1e20))
print(math.sqrt(2), math.sqrt(16.0), math.isqrt(17), math.fabs(-3))
print(math.isclose(0.1 + 0.2, 0.3), math.isinf(1e309), math.isnan(float("nan")), math.isfinite(1e308))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.copysign(1.0, -0.0), math.copysign(3, -1), math.fmod(-7.5, 2), -7.5 % 2)
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.gcd(48, 180), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.prod([1.5, 2, 4]))
