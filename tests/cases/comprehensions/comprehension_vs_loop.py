words = ["Alpha", "beta", "Gamma", "delta", "EPSILON"]

loop_result = []
for w in words:
    if w[0].isupper():
        loop_result.append(w.lower())
comp_result = [w.lower() for w in words if w[0].isupper()]
print(loop_result == comp_result, comp_result)

lengths = {}
for w in words:
    lengths[w] = len(w)
print(lengths == {w: len(w) for w in words})

flat_loop = []
for i in range(3):
    for j in range(i):
        flat_loop.append((i, j))
print(flat_loop == [(i, j) for i in range(3) for j in range(i)])

print([w for w in words if len(w) == 5 and w.istitle()])
print([(i, w) for i, w in enumerate(words) if i % 2 == 0])
print(list(map(str.upper, filter(lambda w: "a" in w, words))))
print([w.upper() for w in words if "a" in w])
