# NormalDist: construction, properties, pdf/cdf/inv_cdf, quantiles, zscore.
from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, repr(NormalDist()))
print(iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq.cdf(130), iq.cdf(100), iq.pdf(110), iq.pdf(100))
print(iq.inv_cdf(0.9), iq.inv_cdf(0.5), iq.inv_cdf(0.01))
print(iq.quantiles(), iq.quantiles(10))
print(iq.zscore(130), iq.zscore(85))
print([round(NormalDist().inv_cdf(p), 12) for p in (0.001, 0.025, 0.2, 0.8, 0.975, 0.999)])
print(NormalDist().inv_cdf(1e-300), NormalDist(3, 2).inv_cdf(1 - 1e-12))
print(round(NormalDist(70, 6).cdf(80) - NormalDist(70, 6).cdf(60), 4))
for call in (lambda: NormalDist(0, -1), lambda: iq.inv_cdf(0), lambda: iq.inv_cdf(1.5),
             lambda: NormalDist(1, 0).pdf(1), lambda: NormalDist(1, 0).cdf(1),
             lambda: NormalDist(1, 0).zscore(1), lambda: NormalDist(1, 0).inv_cdf(0.3)):
    try:
        call()
    except StatisticsError as e:
        print("StatisticsError:", e)
