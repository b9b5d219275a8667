orders = [
    ("o1", "alice", 30),
    ("o2", "bob", 15),
    ("o3", "alice", 45),
    ("o4", "carol", 5),
    ("o5", "bob", 60),
]
customers = list(dict.fromkeys(c for _, c, _ in orders))
print(customers)
by_customer = {c: [oid for oid, cc, _ in orders if cc == c] for c in customers}
print(by_customer)
spend = {c: sum(a for _, cc, a in orders if cc == c) for c in customers}
print(spend)
big = [oid for oid, _, amount in orders if amount >= 30]
print(big)
ranking = [c for c, _ in sorted(spend.items(), key=lambda kv: -kv[1])]
print(ranking)
seen = set()
unique_amount_parity = [a for _, _, a in orders if not (a % 2 in seen or seen.add(a % 2))]
print(unique_amount_parity)
print({c: len(v) for c, v in by_customer.items() if len(v) > 1})
