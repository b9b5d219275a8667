# choice() and shuffle() on lists, strings, tuples and ranges.
import random

random.seed(7)
print([random.choice("abcdefghij") for _ in range(12)])
print([random.choice((10, 20, 30)) for _ in range(6)])
print([random.choice(range(1000, 2000)) for _ in range(5)])
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
nums = list(range(10))
for _ in range(3):
    random.shuffle(nums)
    print(nums)
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.shuffle((1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
