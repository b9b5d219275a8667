import pprint

data = {
    'name': 'pyrite',
    'version': (3, 11, 7),
    'tags': ['interpreter', 'rust', 'python', 'bytecode', 'compiler', 'runtime'],
    'authors': [{'name': 'Ada', 'langs': ['python', 'rust']},
                {'name': 'Grace', 'langs': ['cobol', 'fortran', 'lisp', 'python', 'c']}],
    'stats': {'files': 120, 'lines': 45000, 'tests': {'passed': 1200, 'failed': 3}},
    'empty': {}, 'nothing': None, 'flag': True, 'ratio': 0.125,
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
pprint.pprint([1, 2, 3])
pprint.pprint({'b': 2, 'a': 1, 'c': [3, 2, 1]})
pprint.pprint(list(range(40)))
pprint.pprint([[i] * i for i in range(1, 9)])
pprint.pprint(((1, 2), (3,), (), [(4, 5, 6)] * 12))
