vals = [1e100, 1.0, -1e100, 1.0]
print(sum(vals))
print(sum(sorted(vals, key=abs)))
total = 0.0
comp = 0.0
for v in [0.1] * 1000:
    y = v - comp
    t = total + y
    comp = (t - total) - y
    total = t
print("kahan", total, "naive", sum([0.1] * 1000))
print(sum([1e-16] * 10, 1.0), 1.0 + sum([1e-16] * 10))
print(sum(x * x for x in [0.1, 0.2, 0.3]))
print(sum(range(10)) / 10, sum([1.5, 2.5, 3.5]) / 3)
