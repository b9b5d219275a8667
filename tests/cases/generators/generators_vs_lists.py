def numbers():
    for i in range(4):
        print("gen", i)
        yield i

print("list comprehension:")
lst = [n for n in numbers()]
print("generator expression:")
gen = (n for n in numbers())
print(next(gen))
print("zip stops early:")
for a, b in zip(numbers(), "ab"):
    print(a, b)

print("map lazy:")
m = map(lambda x: x * 10, numbers())
print(next(m))
print(list(m))

print("filter lazy:")
f = filter(None, numbers())
print(list(f))

print("in operator consumes:")
g = numbers()
print(2 in g)
print(list(g))
