# A 2-D random walk on a grid, drawn as text.
import random

rng = random.Random(17)
size = 11
grid = [["." for _ in range(size)] for _ in range(size)]
x = y = size // 2
grid[y][x] = "S"
steps = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
path = []
for _ in range(40):
    d = rng.choice("NSEW")
    dx, dy = steps[d]
    if 0 <= x + dx < size and 0 <= y + dy < size:
        x, y = x + dx, y + dy
        path.append(d)
        if grid[y][x] == ".":
            grid[y][x] = "o"
grid[y][x] = "E"
print("".join(path))
for row in grid:
    print(" ".join(row))
