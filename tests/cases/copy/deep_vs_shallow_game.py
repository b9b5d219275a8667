import copy


class Board:
    def __init__(self):
        self.cells = [['.'] * 3 for _ in range(3)]
        self.history = []

    def play(self, r, c, mark):
        self.cells[r][c] = mark
        self.history.append((r, c, mark))

    def __str__(self):
        return '\n'.join(''.join(row) for row in self.cells)


b = Board()
b.play(0, 0, 'X')
snapshot = copy.deepcopy(b)
shallow = copy.copy(b)
b.play(1, 1, 'O')
print(b)
print('--')
print(snapshot)
print('--')
print(shallow)
print(len(snapshot.history), len(shallow.history))


def branches(board, mark):
    out = []
    for r in range(3):
        for c in range(3):
            if board.cells[r][c] == '.':
                nb = copy.deepcopy(board)
                nb.play(r, c, mark)
                out.append(nb)
    return out


print(len(branches(b, 'X')), str(b).count('.'))
