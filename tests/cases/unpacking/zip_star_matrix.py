def transpose(m):
    return [list(row) for row in zip(*m)]


def rotate_cw(m):
    return [list(row) for row in zip(*m[::-1])]


def rotate_ccw(m):
    return [list(row) for row in zip(*m)][::-1]


def show(m):
    for row in m:
        print(" ".join(f"{v:>2}" for v in row))
    print()


grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
show(grid)
show(transpose(grid))
show(rotate_cw(grid))
show(rotate_ccw(grid))
print(transpose(transpose(grid)) == grid, rotate_ccw(rotate_cw(grid)) == grid)
print(transpose([]), transpose([[]]), transpose([[1], [2]]))

names, ages, cities = zip(*[("ann", 30, "NYC"), ("bob", 25, "LA"), ("cy", 35, "SF")])
print(names, ages, cities)
records = list(zip(names, ages, cities))
print(records)
col_sums = [sum(col) for col in zip(*grid)]
row_sums = [sum(row) for row in grid]
print(col_sums, row_sums)
diag = [grid[i][i] for i in range(min(len(grid), len(grid[0])))]
print(diag)
chunks = list(zip(*[iter(range(12))] * 4))
print(chunks)
print(list(zip(*"abc")), list(zip(*["ab", "cde"])))
