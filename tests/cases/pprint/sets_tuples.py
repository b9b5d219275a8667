import pprint

pprint.pprint(set(range(40)))
pprint.pprint(frozenset(range(30)))
pprint.pprint({'names': {'carol', 'alice', 'bob', 'dave', 'eve', 'frank', 'grace', 'heidi', 'ivan'}}, width=40)
pprint.pprint(set())
pprint.pprint(frozenset())
pprint.pprint((1,), width=1)
pprint.pprint((list(range(30)),))
pprint.pprint([(i, str(i) * i) for i in range(12)])
pprint.pprint({1, 'a', (2, 3)}, width=5)
