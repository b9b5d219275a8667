"""difflib.SequenceMatcher: matching blocks, opcodes, ratios, junk, and get_close_matches."""
import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.find_longest_match(0, 5, 0, 4), s.find_longest_match())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))

s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%r) b[%d:%d] (%r)' % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))

s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))

s = difflib.SequenceMatcher()
s.set_seq2('reference text')
for candidate in ['reference test', 'preference text', 'unrelated']:
    s.set_seq1(candidate)
    print(candidate, round(s.ratio(), 4))

a = list(range(300))
b = [x if x % 50 else -1 for x in range(300)]
print(difflib.SequenceMatcher(None, a, b).get_opcodes()[:4])
text_a = 'x' * 250 + 'abc'
text_b = 'x' * 240 + 'abd'
with_junk = difflib.SequenceMatcher(None, text_a, text_b)
without = difflib.SequenceMatcher(None, text_a, text_b, autojunk=False)
print(sorted(with_junk.bpopular), with_junk.get_matching_blocks()[-2:])
print(sorted(without.bpopular), without.get_matching_blocks())
print(list(difflib.SequenceMatcher(None, 'qabxcd', 'abycdf').get_grouped_opcodes(1)))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist, n=1, cutoff=0.3))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches('x', ['y'], **bad)
    except ValueError as e:
        print('ValueError:', e)
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)
