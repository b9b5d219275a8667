def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


def simulate(n, moves):
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    for disk, src, dst in moves:
        top = pegs[src].pop()
        if top != disk:
            raise RuntimeError(f"expected disk {disk} on {src}, found {top}")
        if pegs[dst] and pegs[dst][-1] < disk:
            raise RuntimeError(f"cannot place {disk} on {pegs[dst][-1]}")
        pegs[dst].append(disk)
    return pegs


def draw(pegs, n):
    rows = []
    for level in range(n - 1, -1, -1):
        row = []
        for p in "ABC":
            stack = pegs[p]
            if level < len(stack):
                d = stack[level]
                row.append(("=" * d).rjust(n) + "|" + ("=" * d).ljust(n))
            else:
                row.append(" " * n + "|" + " " * n)
        rows.append("  ".join(row))
    return "\n".join(rows)


moves = []
hanoi(3, "A", "C", "B", moves)
for i, (d, s, t) in enumerate(moves, 1):
    print(f"{i}. move disk {d} from {s} to {t}")
pegs = simulate(3, moves)
print(draw(pegs, 3))
for n in range(1, 16):
    m = []
    hanoi(n, "A", "C", "B", m)
    assert len(m) == 2 ** n - 1
    final = simulate(n, m)
    if n in (1, 5, 10, 15):
        print(n, len(m), final["C"][:3], sum(1 for d, _, _ in m if d == 1))

pegs = {"A": [3, 2, 1], "B": [], "C": []}
print(draw(pegs, 3))
try:
    simulate(2, [(1, "A", "B"), (2, "A", "B")])
except RuntimeError as e:
    print("RuntimeError:", e)
