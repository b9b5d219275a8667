stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
    print(token, stack)
print("result", stack.pop())

queue = [1, 2, 3]
queue.append(4)
first = queue.pop(0)
print(first, queue)

matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [list(row) for row in zip(*matrix)]
print(transposed)
flat = sum(matrix, [])
print(flat)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
copy = [row[:] for row in grid]
copy[1][2] = 9
print(grid, copy)
print(min(matrix, key=sum), max(matrix, key=lambda r: r[0]))
print(list(map(list, zip([1, 2], [3, 4]))))
