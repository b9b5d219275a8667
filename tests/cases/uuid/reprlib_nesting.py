import reprlib
import collections

R = reprlib.repr
print(R([[[[[[1]]]]]]), R([[[[[[[1]]]]]]]))
print(R({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(R([1, [2, [3, [4, [5, [6, [7]]]]]]]))
r = reprlib.Repr()
r.maxlevel = 1
print(r.repr([[], [1], (), (1,), {}, {1: 2}, set(), {1}, frozenset(), frozenset({1})]))
r.maxlist = 20
print(r.repr([collections.deque(), collections.deque([1])]))
r.maxlevel = 0
print(r.repr([1]), r.repr([]), r.repr({1: 2}), r.repr(5))
r.maxlevel = 2
print(r.repr([[[1]]]), r.repr({"k": [1, [2]]}))
