for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
print("---")
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found)

results = []
for i in range(3):
    try:
        if i == 1:
            continue
        results.append(i)
    finally:
        results.append("f%d" % i)
print(results)

def gen():
    for i in range(10):
        try:
            if i == 3:
                break
            yield i
        finally:
            print("cleanup", i)
print(list(gen()))
