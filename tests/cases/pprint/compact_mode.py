import pprint

numbers = list(range(100))
pprint.pprint(numbers, compact=True)
pprint.pprint(numbers, compact=True, width=30)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa'] * 3
pprint.pprint(words, compact=True, width=50)
pprint.pprint([words[:4], numbers[:30], {'x': numbers[:25]}], compact=True, width=60)
pprint.pprint(tuple(numbers[:50]), compact=True, width=40, indent=3)
