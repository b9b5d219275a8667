import copy

matrix = [[0] * 3 for _ in range(3)]
shallow = copy.copy(matrix)
deep = copy.deepcopy(matrix)
matrix[0][0] = 1
print(shallow[0][0], deep[0][0])
config = {'db': {'host': 'localhost', 'ports': [5432, 5433]}, 'debug': False}
override = copy.deepcopy(config)
override['db']['ports'].append(6000)
override['db']['host'] = 'remote'
print(config)
print(override)
nested = ([1, {'k': (2, [3])}],)
n2 = copy.deepcopy(nested)
n2[0][1]['k'][1].append(4)
print(nested, n2)
grid = {(0, 0): {'v': 1}, (0, 1): {'v': 2}}
g2 = copy.deepcopy(grid)
print(g2 == grid, all(g2[k] is not grid[k] for k in grid), list(g2) == list(grid))
