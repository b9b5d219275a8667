# Summarising a month of (seeded, simulated) temperatures.
import random
import statistics as st

rng = random.Random(2021)
temps = [round(rng.gauss(18, 4), 1) for _ in range(30)]
print(temps)
print("mean %.2f  fmean %.2f  median %s" % (st.mean(temps), st.fmean(temps), st.median(temps)))
print("low/high median:", st.median_low(temps), st.median_high(temps))
print("variance %.4f stdev %.4f" % (st.variance(temps), st.stdev(temps)))
print("quartiles", st.quantiles(temps))
hot = [t for t in temps if t > st.mean(temps) + st.stdev(temps)]
print("hot days:", hot)
week = [st.mean(temps[i:i + 7]) for i in range(0, 28, 7)]
print("weekly means:", [round(w, 2) for w in week])
