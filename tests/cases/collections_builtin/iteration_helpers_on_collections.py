inventory = {"apples": 3, "pears": 0, "plums": 7, "figs": 2}
in_stock = {k: v for k, v in inventory.items() if v}
print(in_stock)
print(sorted(inventory, key=inventory.get), max(inventory, key=inventory.get))
print(sum(inventory.values()), len(inventory))
names = list(inventory)
names.sort(key=len)
print(names)
pairs = list(zip(names, range(len(names))))
print(pairs, dict(pairs))
print(list(enumerate(inventory, 1)))
index = {v: k for k, v in enumerate("hello")}
print(index)
print(list(filter(lambda kv: kv[1] > 2, inventory.items())))
stacks = [[1, 2], [3], [], [4, 5, 6]]
print([len(s) for s in stacks], sorted(stacks, key=len, reverse=True))
print(any(not s for s in stacks), all(isinstance(s, list) for s in stacks))
totals = [0] * 3
for i, v in enumerate([5, 6, 7, 8, 9, 10]):
    totals[i % 3] += v
print(totals)
print(list(reversed(list(inventory.items()))))
