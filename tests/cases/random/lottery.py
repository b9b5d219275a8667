# A lottery: draw winning numbers, then check seeded tickets against them.
import random

rng = random.Random("lottery-2024")
winning = sorted(rng.sample(range(1, 50), 6))
bonus = rng.choice([n for n in range(1, 50) if n not in winning])
print("winning:", winning, "bonus:", bonus)
prizes = {6: "jackpot", 5: "second", 4: "third", 3: "fourth"}
tally = {}
for ticket_no in range(1, 2001):
    ticket = set(rng.sample(range(1, 50), 6))
    hits = len(ticket & set(winning))
    if hits >= 3:
        tally[hits] = tally.get(hits, 0) + 1
        if hits >= 4:
            print(f"ticket {ticket_no}: {sorted(ticket)} -> {prizes[hits]}")
for hits in sorted(tally, reverse=True):
    print(prizes[hits], tally[hits])
