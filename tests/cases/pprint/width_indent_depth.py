import pprint

data = [{'key%d' % i: list(range(i)), 'nested': {'deep': {'deeper': [i] * 3}}} for i in range(4)]
for width in (1, 20, 50, 120):
    print(f'--- width={width}')
    pprint.pprint(data, width=width)
for indent in (0, 2, 4):
    print(f'--- indent={indent}')
    pprint.pprint(data[:2], indent=indent, width=30)
for depth in (1, 2, 3):
    print(f'--- depth={depth}')
    pprint.pprint(data, depth=depth)
    print(pprint.pformat(data, depth=depth, width=200))
for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.pformat([], **bad)
    except ValueError as e:
        print('ValueError:', e)
