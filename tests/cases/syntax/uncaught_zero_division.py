def average(values):
    total = sum(values)
    return total / len(values)

def report(groups):
    for name, values in groups.items():
        print(name, average(values))

report({"a": [1, 2, 3], "b": [10, 20]})
report({"c": []})
