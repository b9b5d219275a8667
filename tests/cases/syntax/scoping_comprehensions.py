x = "global"
lst = [x for x in range(3)]
print(x, lst)
class K:
    val = 10
    doubled = [v * 2 for v in range(3)]
    try:
        bad = [val for _ in range(2)]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
def outer():
    items = [1, 2, 3]
    return {i: [j for j in items if j != i] for i in items}
print(outer())
gen = (i * i for i in range(4))
print(next(gen), list(gen))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[i] for i in range(3) for row in matrix if row[i] % 2 == 0])
flat = [v for row in matrix for v in row]
print(flat)
print({v % 3 for v in flat})
