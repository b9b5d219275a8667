# amortization schedule with integer cents and float rates
def schedule(principal_cents, annual_rate, months):
    r = annual_rate / 12
    payment = round(principal_cents * r / (1 - (1 + r) ** -months))
    balance = principal_cents
    rows = []
    for m in range(1, months + 1):
        interest = round(balance * r)
        principal = payment - interest
        if m == months:
            principal = balance
            payment = principal + interest
        balance -= principal
        rows.append((m, payment, interest, principal, balance))
    return rows
def money(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100:,}.{c % 100:02d}"
rows = schedule(2_500_000, 0.065, 12)
print(f"{'#':>2} {'payment':>10} {'interest':>9} {'principal':>10} {'balance':>11}")
for m, pay, intr, prin, bal in rows:
    print(f"{m:>2} {money(pay):>10} {money(intr):>9} {money(prin):>10} {money(bal):>11}")
total_interest = sum(r[2] for r in rows)
print("total interest:", money(total_interest))
print("check:", sum(r[3] for r in rows) == 2_500_000)
