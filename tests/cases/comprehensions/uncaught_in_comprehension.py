def normalise(values):
    total = sum(values)
    return [v / total for v in values]

print(normalise([1, 1, 2]))
print(normalise([0, 0]))
