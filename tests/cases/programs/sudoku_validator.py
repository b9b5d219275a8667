GOOD = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""

BAD = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419653
345286197
"""

PARTIAL = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    rows = text.split()
    if len(rows) != 9 or any(len(r) != 9 for r in rows):
        raise ValueError("grid must be 9x9")
    return [[0 if c == "." else int(c) for c in r] for r in rows]


def groups(grid):
    for i in range(9):
        yield f"row {i + 1}", grid[i]
        yield f"col {i + 1}", [grid[r][i] for r in range(9)]
    for br in range(3):
        for bc in range(3):
            yield f"box {br * 3 + bc + 1}", [grid[r][c] for r in range(br * 3, br * 3 + 3) for c in range(bc * 3, bc * 3 + 3)]


def problems(grid, allow_blank=False):
    found = []
    for name, cells in groups(grid):
        vals = [v for v in cells if v] if allow_blank else cells
        seen = {}
        for v in vals:
            seen[v] = seen.get(v, 0) + 1
        dups = sorted(v for v, n in seen.items() if n > 1)
        if dups:
            found.append(f"{name}: duplicate {dups}")
        elif not allow_blank and sorted(vals) != list(range(1, 10)):
            found.append(f"{name}: incomplete")
    return found


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = r - r % 3, c - c % 3
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


for label, text, blanks in [("good", GOOD, False), ("bad", BAD, False), ("partial", PARTIAL, True)]:
    grid = parse(text)
    p = problems(grid, blanks)
    print(label, "valid" if not p else "invalid")
    for line in p:
        print("   ", line)

grid = parse(PARTIAL)
empty = [(r, c) for r in range(9) for c in range(9) if not grid[r][c]]
print("empty cells:", len(empty))
singles = {(r, c): candidates(grid, r, c) for r, c in empty if len(candidates(grid, r, c)) == 1}
print("naked singles:", sorted(singles.items())[:5])
for bad in ["123", "1" * 81]:
    try:
        parse(bad)
    except ValueError as e:
        print("ValueError:", e)
