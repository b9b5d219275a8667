from itertools import islice


def attempt(*args, **kwargs):
    try:
        print(list(islice(*args, **kwargs)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


attempt('abc')
attempt('abc', 1, 2, 3, 4)
attempt('abc', -1)
attempt('abc', 'x')
attempt('abc', 1.0)
attempt('abc', -1, 2)
attempt('abc', 1, -2)
attempt('abc', 0, 2.5)
attempt('abc', 0, 2, 0)
attempt('abc', 0, 2, -1)
attempt('abc', 0, 2, 'a')
attempt('abc', stop=2)
attempt(5, 2)
attempt()

import itertools as it
for a in [(-2,), (2**70,), (-2**70,), ('x',), (1, -1), (1,-2), ('x', 2), (-1, 'x'), (None, None, None), (0, 5, 2**80), (0, 5, 1.0)]:
    try: print(list(it.islice('abcdef', *a)))
    except Exception as e: print(type(e).__name__, e)
