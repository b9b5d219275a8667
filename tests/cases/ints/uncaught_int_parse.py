def parse_quantity(field):
    return int(field.strip())

rows = ["3", " 14 ", "2.5"]
total = 0
for row in rows:
    q = parse_quantity(row)
    total += q
    print("running total", total)
