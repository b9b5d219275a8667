import string

f = string.Formatter()
print(f.format('{} + {} = {}', 1, 2, 3))
print(f.format('{0}{1}{0}', 'abra', 'cad'))
print(f.format('{name} is {age:>4d} years', name='Ann', age=42))
print(f.format('{0[1]} {0[x]} {1.real}', {1: 'one', 'x': 'ex'}, 3 + 4j))
print(f.format('{!r} {!s} {!a}', 'q', 'q', 'é'))
print(f.format('{:{}{}}', 3.14159, '.', '3'))
print(f.format('{0:{1}}|{x!r:>{w}}', 3.14159, '.2f', x='hi', w=8))
print(f.format('{{literal}} {}', 'x'))
print(f.vformat('{a}-{0}-{b[0]}', (5,), {'a': 'A', 'b': [7]}))
print(f.format(''), f.format('plain'))
print(list(f.parse('a{{b}}c{x!r:>5}d{}{0.y[1]}')))
print(f.get_field('0.real', [5], {}), f.get_field('k[0]', [], {'k': 'xyz'}))
print(f.get_value(1, ['a', 'b'], {}), f.get_value('k', [], {'k': 9}))
print(f.convert_field(3, None), f.convert_field('x', 'r'), f.format_field(255, '#x'))
for bad, args in [('{0}{}', (1, 2)), ('{}{0}', (1, 2)), ('{:{:{}}}', (1, 2, 3)), ('{!x}', (1,)),
                  ('{', ()), ('}', ()), ('{0', (1,)), ('{0!}', (1,)), ('{0!rx}', (1,)),
                  ('{a[}', ()), ('{0[0]x}', ([1],)), ('{0..a}', (1,)), ('{2}', (1,)), ('{k}', ())]:
    try:
        print(f.format(bad, *args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
