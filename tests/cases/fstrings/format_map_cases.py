data = {"name": "Ada", "year": 1815, "langs": ["en", "fr"]}
print("{name} born {year}, speaks {langs[0]}".format_map(data))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} likes {food} and {drink}".format_map(Default(name="Bob", drink="tea")))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world:>7}|".format_map(Upper()))
try:
    "{missing}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0}".format_map({"0": "x"})
except (ValueError, TypeError, KeyError) as e:
    print(type(e).__name__, e)
print("{x:.2f}|{y!r}".format_map({"x": 2 / 3, "y": "why"}))
rows = [{"item": "apple", "qty": 3, "price": 0.5}, {"item": "melon", "qty": 1, "price": 2.75}]
line = "{item:<8}{qty:>4}{price:>8.2f}"
for r in rows:
    print(line.format_map(r))
