def solve(n):
    solutions = []
    cols = [0] * n
    used_cols, diag1, diag2 = set(), set(), set()

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            place(row + 1)
            used_cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)
    place(0)
    return solutions


def render(sol):
    n = len(sol)
    return "\n".join(" ".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))


def canonical(sol):
    n = len(sol)
    variants = []
    board = {(r, c) for r, c in enumerate(sol)}
    for _ in range(4):
        board = {(c, n - 1 - r) for r, c in board}
        variants.append(tuple(c for r, c in sorted(board)))
        mirrored = {(r, n - 1 - c) for r, c in board}
        variants.append(tuple(c for r, c in sorted(mirrored)))
    return min(variants)


for n in range(1, 9):
    sols = solve(n)
    unique = {canonical(s) for s in sols}
    print(f"n={n}: {len(sols)} solutions, {len(unique)} unique")
six = solve(6)
print(six)
print(render(six[0]))
print()
first8 = solve(8)[0]
print(first8)
print(render(first8))
