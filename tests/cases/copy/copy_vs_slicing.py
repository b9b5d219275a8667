import copy

original = [[1, 2], [3, 4]]
views = {
    'slice': original[:],
    'list()': list(original),
    'copy.copy': copy.copy(original),
    'method': original.copy(),
    'deepcopy': copy.deepcopy(original),
}
original[0].append(99)
for name, value in views.items():
    print(f'{name:10} {value} shares inner: {value[0] is original[0]}')
t = ('a', ['b'])
print(copy.copy(t) is t, copy.deepcopy(t) is t)
s = 'text'
print(copy.copy(s) is s, copy.deepcopy(s) is s)
