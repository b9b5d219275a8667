s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(2, None, -1))
data = list(range(12))
print(data[s], data[slice(3)], data[slice(-3, None)])
print("abcdefgh"[slice(1, None, 3)], (1, 2, 3, 4)[slice(None, None, -1)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))

class Grid:
    def __getitem__(self, key):
        return key

g = Grid()
print(g[1], g[1:2], g[1:2:3], g[:], g[::2], g[1, 2], g[1:2, 3], g[..., 0])

EVENS = slice(None, None, 2)
print([10, 11, 12, 13, 14][EVENS])
words = "one two three four".split()
words[slice(1, 3)] = ["2", "3"]
print(words)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
