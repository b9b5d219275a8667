from datetime import timedelta

# A table of str()/repr() forms, including negative and fractional durations.
for seconds in (0, 0.5, 1, 59.999999, 60, 3599, 3600, 86399, 86400, 86401, 90061.000001,
                -0.5, -1, -59, -3600, -86400, -86401, -90061.25, 1e6, -1e6, 31536000.5):
    td = timedelta(seconds=seconds)
    print("%14r  %-28s %r" % (seconds, td, td))
for days in (1, 2, -1, -2, 999999999, -999999999):
    print(timedelta(days=days, microseconds=5))
print(f"{timedelta(hours=5)}|{timedelta(hours=5)!r:.15}|{str(timedelta(minutes=-1)):^22}|")
try:
    print(f"{timedelta(hours=5):>20}")
except TypeError as exc:
    print("TypeError:", exc)
