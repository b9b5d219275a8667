def total_price(items):
    total = 0
    for name, price in items:
        total = total + price
    return total

print(total_price([("a", 1), ("b", 2.5)]))
print(total_price([("c", 3), ("d", "4")]))
