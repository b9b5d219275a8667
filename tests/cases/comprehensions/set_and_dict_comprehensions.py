print({x % 5 for x in range(20)})
print({abs(x) for x in [-3, -2, 2, 3, 0]})
print({x: x * x for x in range(6)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({n % 3: n for n in range(10)})
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print(sorted({len(w) for w in words}))
squares = {i: i ** 2 for i in range(-3, 4)}
print({k: v for k, v in squares.items() if k >= 0})
print(type({x for x in []}).__name__, type({x: x for x in []}).__name__)
print({i: {j: i * j for j in range(3)} for i in range(2)})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
