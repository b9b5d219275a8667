# mode() and multimode() on numbers and nominal data.
from statistics import mode, multimode

print(mode([1, 1, 2, 3, 3, 3, 3, 4]))
print(mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(mode([1, 1, 2, 2]), mode("aabbbc"), mode(iter([7])))
print(multimode("aabbbbccddddeeffffgg"))
print(multimode([]), multimode([3]), multimode([1, 2, 3]))
print(multimode([0.5, 0.5, "x", "x", None]))
