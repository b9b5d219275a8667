a = [1, 2]
b = (3, 4)
s = "xy"
print([*a, *b, *s])
print((*a, 0, *b))
print([*a], (*a,), [*range(3), *[], *()])
print({*a, *b, 2, 3})
print({*range(5), *[3, 4, 5]} == set(range(6)))
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"a": 0, **d1, "a": 100})
print({**d1, "b": "explicit", **{"z": 26}})
print({**{}}, {**dict(x=1)}, {**{i: i * i for i in range(3)}})
nested = [[*a, *b], {**d1}, {*s}]
print(nested[0], nested[1], sorted(nested[2]))
print(*[*a, *b])
print([*"abc", *b"ab", *{"k": 1}])
t = *a, *b
print(t, type(t).__name__)
gen = (x * 2 for x in range(3))
print([*gen, *gen])
print([*map(str.upper, "ab"), *filter(None, [0, 1, "", "z"])])
print(len([*range(1000)]), [*zip("ab", "cd")])
