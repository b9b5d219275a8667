class Stats:
    def __init__(self, values):
        self.values = values

    def mean(self):
        return sum(self.values) / len(self.values)

    def report(self):
        return f"mean={self.mean():.2f}"

print(Stats([1, 2, 3, 4]).report())
print(Stats([]).report())
