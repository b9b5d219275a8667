from operator import itemgetter, attrgetter, methodcaller


class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age

    def __repr__(self):
        return repr((self.name, self.grade, self.age))

    def weighted(self, w):
        return self.age * w


students = [Student('john', 'A', 15), Student('jane', 'B', 12), Student('dave', 'B', 10)]
print(sorted(students, key=attrgetter('age')))
print(sorted(students, key=attrgetter('grade', 'age')))
print(sorted(students, key=methodcaller('weighted', -1)))
tuples = [(s.name, s.grade, s.age) for s in students]
print(sorted(tuples, key=itemgetter(1, 2)))
s = sorted(tuples, key=itemgetter(2))
print(sorted(s, key=itemgetter(1), reverse=True))
print(sorted(['b10', 'a2', 'c1'], key=itemgetter(slice(1, None))))
print(max(students, key=attrgetter('age')).name, min(tuples, key=itemgetter(2))[0])
