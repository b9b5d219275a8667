class Palette:
    base = ["red", "green", "blue"]
    upper = [c.upper() for c in base]
    lengths = {c: len(c) for c in base}
    first = base[0]

print(Palette.upper, Palette.lengths)

class Board:
    SIZE = 3
    cells = [[0] * 3 for _ in range(3)]

    def __init__(self):
        self.grid = [[f"{r}{c}" for c in range(self.SIZE)] for r in range(self.SIZE)]

    def diagonal(self):
        return [self.grid[i][i] for i in range(self.SIZE)]

b = Board()
print(b.grid)
print(b.diagonal())
print(Board.cells)

class Lookup:
    keys = ("a", "b")
    try:
        table = {k: keys.index(k) for k in keys}
    except NameError as e:
        table = "NameError: " + str(e)

print(Lookup.table)
