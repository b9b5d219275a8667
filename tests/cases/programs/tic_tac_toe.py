LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None


def minimax(board, player, memo):
    key = ("".join(board), player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w == "X":
        result = (1, None)
    elif w == "O":
        result = (-1, None)
    elif w == "draw":
        result = (0, None)
    else:
        best = None
        for i in range(9):
            if board[i] == " ":
                board[i] = player
                score, _ = minimax(board, "O" if player == "X" else "X", memo)
                board[i] = " "
                if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print(("\n" + "-" * 9 + "\n").join(rows))


memo = {}
board = [" "] * 9
player = "X"
moves = []
while winner(board) is None:
    _, move = minimax(board, player, memo)
    board[move] = player
    moves.append((player, move))
    player = "O" if player == "X" else "X"
show(board)
print("moves:", moves)
print("result:", winner(board), "positions evaluated:", len(memo))

board = list("XX OO    ")
print("X to move, best:", minimax(board, "X", {}))
board = list("XX OO    ")
print("O to move, best:", minimax(board, "O", {}))
for b in ["XXXOO    ", "XOXOXOOXO", "XOXXOOOXX", "         "]:
    print(repr(b), winner(list(b)))
