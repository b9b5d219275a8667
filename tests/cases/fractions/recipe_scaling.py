# Scaling a recipe with exact fractions and printing mixed numbers.
from fractions import Fraction


def mixed(q):
    whole, rest = divmod(q, 1)
    if rest == 0:
        return str(whole)
    if whole == 0:
        return str(rest)
    return f"{whole} {rest}"


recipe = [("flour (cups)", "2 1/4"), ("sugar (cups)", "3/4"), ("butter (cups)", "1/2"),
          ("eggs", "2"), ("vanilla (tsp)", "1.5"), ("salt (tsp)", "1/8")]


def parse(text):
    parts = text.split()
    return sum((Fraction(p) for p in parts), Fraction(0))


for factor in (Fraction(1, 2), Fraction(3), Fraction(2, 3)):
    print(f"x{factor}:")
    for name, qty in recipe:
        print(f"  {name:15} {mixed(parse(qty) * factor)}")
total = sum(parse(q) for n, q in recipe if "cups" in n)
print("cups in total:", total, "=", mixed(total), "~", round(float(total), 3))
