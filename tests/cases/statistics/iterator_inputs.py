# Every function accepts one-shot iterators where CPython does.
import statistics as st

gen = lambda: (x * 1.5 for x in range(1, 8))
print(st.mean(gen()), st.fmean(gen()), st.median(gen()), st.median_low(gen()), st.median_high(gen()))
print(st.mode(gen()), st.multimode(gen())[:2], st.geometric_mean(gen()), st.harmonic_mean(gen()))
print(st.variance(gen()), st.pvariance(gen()), st.stdev(gen()), st.pstdev(gen()))
print(st.quantiles(gen(), n=3), st.median_grouped(gen()))
print(st.NormalDist.from_samples(gen()))
try:
    st.correlation(iter([1, 2]), iter([1, 2]))
except TypeError as e:
    print("TypeError:", e)
