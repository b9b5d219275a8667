def label(value, unit):
    return f"{value:>8.2f} {unit}"

print(label(3.14159, "m"))
print(label(12, "kg"))
print(label("n/a", "s"))
