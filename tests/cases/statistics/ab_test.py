# A/B test report on seeded simulated data.
import random
import statistics as st

rng = random.Random(12)
a = [rng.gauss(3.1, 0.8) for _ in range(60)]
b = [rng.gauss(3.4, 0.9) for _ in range(55)]
for name, data in (("A", a), ("B", b)):
    print(f"{name}: n={len(data)} mean={st.mean(data):.4f} median={st.median(data):.4f} "
          f"stdev={st.stdev(data):.4f}")
diff = st.mean(b) - st.mean(a)
se = (st.variance(a) / len(a) + st.variance(b) / len(b)) ** 0.5
z = diff / se
p = 2 * (1 - st.NormalDist().cdf(abs(z)))
print(f"difference={diff:.4f} se={se:.4f} z={z:.3f} p={p:.4f}")
da, db = st.NormalDist.from_samples(a), st.NormalDist.from_samples(b)
print("overlap:", round(da.overlap(db), 6))
print("B quartiles:", [round(q, 3) for q in st.quantiles(b)])
