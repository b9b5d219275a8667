# A dice game simulation: players roll until someone reaches the target score.
import random

random.seed(2023)
players = ["Ann", "Bob", "Cid"]
scores = {p: 0 for p in players}
target = 50
turn = 0
while max(scores.values()) < target:
    player = players[turn % len(players)]
    roll = [random.randint(1, 6) for _ in range(3)]
    gained = sum(roll) if len(set(roll)) > 1 else sum(roll) * 2
    scores[player] += gained
    print(f"turn {turn:2}: {player} rolls {roll} -> +{gained:2} = {scores[player]}")
    turn += 1
winner = max(players, key=lambda p: scores[p])
print("winner:", winner, scores)

# Frequencies of two-dice totals over many rolls.
counts = [0] * 13
for _ in range(6000):
    counts[random.randint(1, 6) + random.randint(1, 6)] += 1
for total in range(2, 13):
    print(f"{total:2} {counts[total]:4} {'#' * (counts[total] // 40)}")
