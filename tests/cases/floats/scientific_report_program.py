# summary statistics report over measurements
samples = {
    "alpha": [12.5, 13.1, 11.8, 12.9, 13.4],
    "beta": [0.0021, 0.0019, 0.0023, 0.0020],
    "gamma": [1.5e6, 2.25e6, 1.75e6],
    "delta": [-3.5, -2.25, -4.0, -3.0, -2.75, -3.25],
}
def mean(xs):
    return sum(xs) / len(xs)
def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / (len(xs) - 1)
def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2
print(f"{'name':<8}{'n':>3}{'mean':>14}{'median':>14}{'stdev':>12}{'range':>12}")
print("-" * 63)
for name, xs in samples.items():
    sd = variance(xs) ** 0.5
    rng = max(xs) - min(xs)
    print(f"{name:<8}{len(xs):>3}{mean(xs):>14.6g}{median(xs):>14.6g}{sd:>12.4e}{rng:>12.3f}")
all_vals = [x for xs in samples.values() for x in xs]
print("-" * 63)
print(f"{'total':<8}{len(all_vals):>3}{mean(all_vals):>14.6g}")
print("raw means:", [mean(xs) for xs in samples.values()])
