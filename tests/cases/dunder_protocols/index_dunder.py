class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


two, four = Idx(2), Idx(4)
data = list("abcdefgh")
print(data[two], data[two:four], data[::two], data[Idx(-1)])
print(list(range(four)), list(range(two, Idx(10), Idx(3))), range(10)[two])
print("hello"[two], b"bytes"[Idx(0)], (1, 2, 3)[Idx(1):])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), "abc" * Idx(2), [0] * two)
print([10, 20, 30].pop(Idx(0)))
print(int.__index__(7), Idx(3).__index__())
print(int(Idx(9)), "%d" % Idx(9))
lst = [0, 1, 2, 3, 4, 5]
lst[Idx(1)] = "one"
del lst[Idx(5)]
lst[two:four] = ["X"]
print(lst)
print(divmod(7, 2), round(2.675, Idx(2)), "%d|%x" % (Idx(42), Idx(255)))


class BadIndex:
    def __index__(self):
        return "not an int"


class NotIndex:
    def __int__(self):
        return 3


one_list, abc, one_float, one_str = [1], "abc", 1.0, "1"
for label, fn in [("list index", lambda: [1, 2, 3][NotIndex()]),
                  ("range arg", lambda: range(NotIndex())),
                  ("float index", lambda: one_list[one_float]),
                  ("str index", lambda: abc[one_str]),
                  ("slice float", lambda: [1, 2][0.5:]),
                  ("bad __index__", lambda: [1][BadIndex()]),
                  ("huge index", lambda: [1][Idx(2 ** 100)]),
                  ("repeat float", lambda: "ab" * 2.0)]:
    try:
        print(label, fn())
    except (TypeError, IndexError, OverflowError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
