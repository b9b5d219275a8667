"""assertEqual diffs of large nested structures (pretty-printed over several lines)."""
import unittest

tc = unittest.TestCase()
tc.maxDiff = None


def show(first, second):
    try:
        tc.assertEqual(first, second)
    except AssertionError as e:
        print(e)
        print('#' * 40)


records_a = [{'id': i, 'name': 'user%02d' % i, 'roles': ['reader', 'writer'][:i % 3],
              'active': i % 2 == 0} for i in range(6)]
records_b = [dict(r) for r in records_a]
records_b[3]['name'] = 'renamed'
records_b[4]['roles'] = ['admin']
show(records_a, records_b)

long_words = ['word%d ' % i * 3 for i in range(20)]
show({'text': ' '.join(long_words)}, {'text': ' '.join(long_words[:-1])})
show(('a' * 90, 'b'), ('a' * 90, 'c'))
show({'nested': {'deep': {'list': list(range(40))}}}, {'nested': {'deep': {'list': list(range(41))}}})
show([b'\x00\x01' * 30, 1], [b'\x00\x01' * 30, 2])
show({'set': {3, 1, 2}, 'frozen': frozenset({'x'})}, {'set': {1, 2}, 'frozen': frozenset({'x'})})
show([(i, str(i) * 10) for i in range(10)], [(i, str(i) * 10) for i in range(1, 11)])
big_a = 'x' * 70000
show(big_a, big_a + 'y')
