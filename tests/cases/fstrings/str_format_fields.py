print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{x} {y} {x}".format(x=1, y=2))
print("{0} {name} {1}".format(10, 20, name="N"))
print("{0[0]} {0[2]} {1[key]} {1[k2]}".format([9, 8, 7], {"key": "v", "k2": "w"}))
class P:
    x = 3
    y = -4
    tags = ["t1", "t2"]
p = P()
print("{0.x},{0.y} {0.tags[1]} {p.x}".format(p, p=p))
print("{:>{}}|{:{}{}}".format("r", 5, "c", "^", 5))
print("{0:{1}.{2}f}".format(3.14159, 10, 2))
print("{{}} {{{0}}} {{0}}".format("in"))
print("{!r:>8} {:>5d}".format("s", 42))
print("{0[1][0]} {0[-1]!r}".format([[1], ["x", "y"]]) if False else "{0[1][0]}".format([[1], ["x", "y"]]))
print("{a[b]}".format(a={"b": "dict key b"}), "{0[10]}".format({10: "int key"}), "{0[x]}".format({"x": 1}))
tests = [("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{2}", (1,), {}), ("{name}", (), {}),
         ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}),
         ("{:d}", ("s",), {}), ("{0[}", ([1],), {}), ("{:{}}", (1,), {})]
for fmt, args, kw in tests:
    try:
        print(repr(fmt), "->", fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
