import pprint

text = ('The quick brown fox jumps over the lazy dog. ' * 4).strip()
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint([text, 'short'], width=40)
pprint.pprint({'description': text, 'lines': 'first line\nsecond line\nthird line that is rather long indeed'}, width=40)
pprint.pprint('no-spaces-at-all-' * 8, width=30)
pprint.pprint('  leading spaces and   multiple   gaps   between words here', width=20)
pprint.pprint(('tuple', text), width=50)
pprint.pprint('quote\'s and "double" quotes mixed in a long string value here', width=25)
pprint.pprint('', width=1)
pprint.pprint('x' * 10, width=5)
