# render invoices three ways: f-strings, str.format, and %-formatting
customers = [
    {"name": "Ann Lee", "id": 7, "balance": 1520.5, "rate": 0.045},
    {"name": "Bo", "id": 1234, "balance": -45.0, "rate": 0.1},
    {"name": "Céline Dion-Smith", "id": 42, "balance": 0.0, "rate": 0.0},
]
for c in customers:
    interest = c["balance"] * c["rate"]
    print(f"#{c['id']:05d} {c['name']:<18.18}|{c['balance']:>+12,.2f}|{c['rate']:>7.2%}|{interest:>9.3f}")
print()
tmpl = "#{id:05d} {name:<18.18}|{balance:>+12,.2f}|{rate:>7.2%}"
for c in customers:
    print(tmpl.format(**c))
print()
for c in customers:
    print("#%(id)05d %(name)-18.18s|%(balance)+12.2f|%(rate)7.4f" % c)
print()
total = sum(c["balance"] for c in customers)
print(f"{'TOTAL':>24}|{total:>+12,.2f}|")
print("{0:=^40}".format(" end of report "))
