from operator import attrgetter


class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age

    def __repr__(self):
        return f'Person({self.name.first})'


people = [Person('Ada', 'Lovelace', 36), Person('Alan', 'Turing', 41), Person('Grace', 'Hopper', 85)]
print(sorted(people, key=attrgetter('age'), reverse=True))
print(list(map(attrgetter('name.last'), people)))
get = attrgetter('name.first', 'age')
print(get(people[0]), get)
print(attrgetter('age'), attrgetter('name.first'), attrgetter('a', 'b.c', 'd'))
print(attrgetter('real', 'imag')(3 + 4j))
print(attrgetter('__class__.__name__')(1.5))
try:
    attrgetter('missing')(people[0])
except AttributeError as e:
    print('AttributeError:', e)
try:
    attrgetter('name.middle')(people[0])
except AttributeError as e:
    print('AttributeError:', e)
for args in [(), (1,), ('a', 2)]:
    try:
        attrgetter(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    attrgetter('a')()
except TypeError as e:
    print('TypeError:', e)
try:
    attrgetter('a')(1, 2)
except TypeError as e:
    print('TypeError:', e)
print(type(attrgetter('x')).__name__, callable(attrgetter('x')))
