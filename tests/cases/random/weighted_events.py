# Weighted random events: loot drops and a Markov chain of weather.
import random
from collections import Counter

rng = random.Random(404)
loot = ["common", "uncommon", "rare", "epic", "legendary"]
weights = [60, 25, 10, 4, 1]
drops = Counter(rng.choices(loot, weights, k=5000))
for item in loot:
    print(f"{item:10} {drops[item]}")

transitions = {"sun": (["sun", "cloud", "rain"], [0.6, 0.3, 0.1]),
               "cloud": (["sun", "cloud", "rain"], [0.3, 0.4, 0.3]),
               "rain": (["sun", "cloud", "rain"], [0.2, 0.4, 0.4])}
state = "sun"
days = []
for _ in range(21):
    options, probs = transitions[state]
    state = rng.choices(options, probs)[0]
    days.append(state[0].upper())
print("".join(days))
