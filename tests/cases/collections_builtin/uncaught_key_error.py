prices = {"apple": 1.25, "bread": 2.50}
order = ["apple", "bread", "caviar"]
total = 0
for item in order:
    total += prices[item]
    print(f"{item}: {total:.2f}")
