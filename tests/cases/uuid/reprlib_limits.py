import reprlib
import collections

R = reprlib.repr
print(R(list(range(100))))
print(R(tuple(range(100))))
print(R(set(range(100))))
print(R(frozenset(range(100))))
print(R({i: i for i in range(100)}))
print(R("x" * 100))
print(R(2 ** 500))
print(R(collections.deque(range(100))))
print(R(b"y" * 100))
print(R("a" * 28), R("a" * 29), R(list(range(6))), R(list(range(7))))
print(R(()), R([]), R(set()), R(frozenset()), R({}), R((1,)), R(collections.deque()))
print(R(3.5), R(None), R(True), R(range(1000)))
print(R({"b", "a", "c"}), R({3: 1, 1: 2}), R({"b": 1, 1: 2}))
