def produce(n):
    for i in range(n):
        print(f"  producing {i}")
        yield i


def consume(*args):
    print("  consume got", args)
    return len(args)


print(consume(*produce(3)))
print(consume(*produce(0)))
g = produce(4)
next(g)
print(consume(*g), consume(*g))


def kwargs_order(**kw):
    return list(kw)


print(kwargs_order(z=1, a=2, m=3))
print(kwargs_order(**{"z": 1}, a=2, **{"m": 3}))
print(kwargs_order(**dict.fromkeys("cab", 0)))
mapping = {"b": 1, "a": 2}
mapping["c"] = 3
del mapping["b"]
mapping["b"] = 4
print(kwargs_order(**mapping))

print(sum([*produce(3)]), max(*produce(3)))
print(dict(zip(produce(2), "ab")))
print(sorted({*produce(3)}))
