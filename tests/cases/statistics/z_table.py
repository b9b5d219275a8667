# A small standard-normal table built with NormalDist.
from statistics import NormalDist

z = NormalDist()
print("   z " + "".join(f"{d / 100:>8.2f}" for d in range(0, 10, 2)))
for row in range(0, 31, 5):
    base = row / 10
    print(f"{base:4.1f} " + "".join(f"{z.cdf(base + d / 100):8.5f}" for d in range(0, 10, 2)))
for conf in (0.80, 0.90, 0.95, 0.99, 0.999):
    print(f"{conf:.3f} two-sided critical value: {z.inv_cdf((1 + conf) / 2):.6f}")
