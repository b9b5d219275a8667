data = [1, 5, 12, 7, 20, 3]
results = [y for x in data if (y := x * 2) > 10]
print(results)
print(y)

values = [3, 8, 1, 9]
total = 0
running = [total := total + v for v in values]
print(running, total)

def parse(s):
    return int(s) if s.isdigit() else None

raw = ["1", "x", "22", "", "333"]
print([n for s in raw if (n := parse(s)) is not None])

if (count := len(raw)) > 3:
    print("many items:", count)

chunks = []
stream = iter(range(10))
while (chunk := [v for _, v in zip(range(3), stream)]):
    chunks.append(chunk)
print(chunks)
