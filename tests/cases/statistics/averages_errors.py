# The StatisticsError messages of the averaging functions.
import statistics as st

calls = [
    ("mean", lambda: st.mean([])),
    ("fmean", lambda: st.fmean([])),
    ("fmean weights", lambda: st.fmean([1, 2], [1])),
    ("fmean zero weights", lambda: st.fmean([1, 2], [0, 0])),
    ("geometric_mean", lambda: st.geometric_mean([])),
    ("geometric_mean negative", lambda: st.geometric_mean([2, -8])),
    ("harmonic_mean", lambda: st.harmonic_mean([])),
    ("harmonic_mean negative", lambda: st.harmonic_mean([1, -1])),
    ("harmonic_mean one negative", lambda: st.harmonic_mean([-3])),
    ("harmonic_mean weights", lambda: st.harmonic_mean([1, 2], weights=[1])),
    ("median", lambda: st.median([])),
    ("median_low", lambda: st.median_low([])),
    ("median_high", lambda: st.median_high([])),
    ("median_grouped", lambda: st.median_grouped([])),
    ("mode", lambda: st.mode([])),
    ("quantiles n", lambda: st.quantiles([1, 2, 3], n=0)),
    ("quantiles short", lambda: st.quantiles([1])),
    ("quantiles method", lambda: st.quantiles([1, 2, 3], method="median")),
    ("mean str", lambda: st.mean(["a", "b"])),
    ("harmonic str", lambda: st.harmonic_mean(["a"])),
]
for name, call in calls:
    try:
        print(name, "->", call())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(name, "->", type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
