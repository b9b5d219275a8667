# percentage split that must add up exactly: largest remainder method on floats
def split(total, weights):
    s = sum(weights)
    raw = [total * w / s for w in weights]
    floors = [int(x) for x in raw]
    remaining = total - sum(floors)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - floors[i]), i))
    for i in order[:remaining]:
        floors[i] += 1
    return raw, floors
for total, weights in [(100, [1, 1, 1]), (10, [0.5, 0.25, 0.25]), (7, [3.3, 3.3, 3.4]), (1000, [1e-9, 1, 2.5])]:
    raw, parts = split(total, weights)
    print(total, [round(r, 4) for r in raw], parts, sum(parts))
prices = [19.99, 5.01, 0.1, 0.2, 74.7]
subtotal = sum(prices)
tax = subtotal * 0.0825
print(f"subtotal={subtotal!r} rounded={round(subtotal, 2)} tax={tax:.4f} total={subtotal + tax:.2f}")
cents = sum(round(p * 100) for p in prices)
print("cents exact:", cents, cents / 100)
