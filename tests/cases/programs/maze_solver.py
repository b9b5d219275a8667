MAZE = """
###########
#S  #     #
# # # ### #
# #   #   #
# ##### # #
#     # #E#
##### # ###
#       # #
###########
"""


def load(text):
    grid = [list(row) for row in text.strip("\n").split("\n")]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    return grid, start, end


def neighbours(grid, pos):
    r, c = pos
    for dr, dc in ((-1, 0), (0, 1), (1, 0), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[nr]) and grid[nr][nc] != "#":
            yield nr, nc


def bfs(grid, start, end):
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for pos in frontier:
            if pos == end:
                path = []
                while pos is not None:
                    path.append(pos)
                    pos = prev[pos]
                return path[::-1], len(prev)
            for n in neighbours(grid, pos):
                if n not in prev:
                    prev[n] = pos
                    nxt.append(n)
        frontier = nxt
    return None, len(prev)


def count_dead_ends(grid):
    total = 0
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == " " and len(list(neighbours(grid, (r, c)))) == 1:
                total += 1
    return total


grid, start, end = load(MAZE)
print("start", start, "end", end, "dead ends", count_dead_ends(grid))
path, explored = bfs(grid, start, end)
print("path length", len(path) - 1, "explored", explored)
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
moves = []
for (r1, c1), (r2, c2) in zip(path, path[1:]):
    moves.append({(-1, 0): "U", (1, 0): "D", (0, -1): "L", (0, 1): "R"}[r2 - r1, c2 - c1])
compressed = []
for m in moves:
    if compressed and compressed[-1][0] == m:
        compressed[-1][1] += 1
    else:
        compressed.append([m, 1])
print(" ".join(f"{m}{n}" for m, n in compressed))

blocked, s, e = load("#####\n#S#E#\n#####")
print(bfs(blocked, s, e))
