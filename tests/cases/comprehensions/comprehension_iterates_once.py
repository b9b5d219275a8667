calls = []

def numbers():
    calls.append("numbers()")
    return [1, 2, 3]

result = [x * y for x in numbers() for y in numbers()]
print(result)
print(calls)

it = iter(range(6))
pairs = [(a, next(it)) for a in it]
print(pairs)

gen = (x for x in range(3))
print([v for v in gen], [v for v in gen])

data = [1, 2, 3]
doubled = [data.append(x) or x for x in range(2)]
print(doubled, data)

d = {"a": 1, "b": 2}
print([k for k in d], [d[k] * 10 for k in d])
