from datetime import timedelta

values = [timedelta(0), timedelta(microseconds=1), timedelta(-1), timedelta(hours=24),
          timedelta(days=1), timedelta(seconds=-1), timedelta.max, timedelta.min]
for x in values:
    print(repr(x), [x < y for y in values], [x == y for y in values])
print(sorted(values))
print(max(values), min(values))
print(len({timedelta(days=1), timedelta(hours=24), timedelta(minutes=1440), timedelta(0)}))
d = {timedelta(hours=1): "hour"}
print(d[timedelta(minutes=60)], timedelta(1) in {timedelta(seconds=86400)})
print(timedelta(1) == 1, timedelta(1) != "x", timedelta(0) == 0, timedelta(0) == None)
for other in (1, 1.5, "x", None, [1]):
    for op in ("<", "<=", ">", ">="):
        try:
            eval("timedelta(1) %s other" % op)
        except TypeError as exc:
            print(op, "TypeError:", exc)
for expr in ("timedelta(1) + 1", "1 + timedelta(1)", "timedelta(1) - 1.5", "'x' - timedelta(1)",
             "timedelta(1) * 'ab'", "timedelta(1) * [1]", "timedelta(1) // 2.5", "timedelta(1) % 7",
             "timedelta(1) ** 2", "divmod(timedelta(1), 7)", "2 / timedelta(1)", "~timedelta(1)",
             "timedelta(1) * timedelta(1)", "timedelta(1) @ timedelta(1)"):
    try:
        eval(expr)
    except TypeError as exc:
        print(expr, "->", exc)
