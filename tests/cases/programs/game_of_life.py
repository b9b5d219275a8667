class Life:
    def __init__(self, width, height, cells=()):
        self.width = width
        self.height = height
        self.alive = set(cells)
        self.generation = 0

    @classmethod
    def from_text(cls, text):
        rows = [line for line in text.strip("\n").split("\n")]
        cells = {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"}
        return cls(max(len(r) for r in rows), len(rows), cells)

    def neighbours(self, x, y):
        count = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if (dx or dy) and ((x + dx) % self.width, (y + dy) % self.height) in self.alive:
                    count += 1
        return count

    def step(self):
        new = set()
        for y in range(self.height):
            for x in range(self.width):
                n = self.neighbours(x, y)
                if n == 3 or (n == 2 and (x, y) in self.alive):
                    new.add((x, y))
        changed = new != self.alive
        self.alive = new
        self.generation += 1
        return changed

    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.alive else "." for x in range(self.width))
                         for y in range(self.height))


glider = Life.from_text("""
.#......
..#.....
###.....
........
........
........
""")
for _ in range(4):
    print(f"gen {glider.generation}, {len(glider.alive)} alive")
    print(glider)
    glider.step()
print(f"gen {glider.generation}:")
print(glider)
print(sorted(glider.alive))

blinker = Life(5, 5, [(1, 2), (2, 2), (3, 2)])
states = []
for _ in range(3):
    states.append(str(blinker))
    blinker.step()
print(states[0] == states[2], states[0] != states[1])
print(states[1])

block = Life(4, 4, [(1, 1), (1, 2), (2, 1), (2, 2)])
print("block changed?", block.step())
dying = Life(3, 3, [(0, 0)])
print("dying changed?", dying.step(), "alive:", len(dying.alive), "next:", dying.step())
