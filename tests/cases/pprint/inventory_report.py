"""Build an inventory summary and pretty-print the intermediate structures."""
import pprint
from collections import defaultdict

ITEMS = [
    ('widget', 'hardware', 4, 2.50), ('gadget', 'hardware', 10, 12.00),
    ('manual', 'books', 1, 30.00), ('cable', 'hardware', 25, 1.25),
    ('novel', 'books', 3, 9.99), ('sticker', 'misc', 100, 0.10),
    ('lamp', 'home', 2, 45.00), ('rug', 'home', 1, 120.00),
]

by_category = defaultdict(list)
for name, category, qty, price in ITEMS:
    by_category[category].append({'name': name, 'qty': qty, 'price': price})

summary = {}
for category, entries in by_category.items():
    total = sum(e['qty'] * e['price'] for e in entries)
    summary[category] = {
        'count': len(entries),
        'value': round(total, 2),
        'names': sorted(e['name'] for e in entries),
    }

pprint.pprint(dict(by_category), width=72)
pprint.pprint(summary)
pprint.pp(summary, width=50)
print(pprint.pformat(sorted(summary.items(), key=lambda kv: -kv[1]['value']), width=60))
