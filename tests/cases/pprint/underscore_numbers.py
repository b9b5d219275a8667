import pprint

values = [1234567890, -9876543210, 12, 10**20, 3.14159, True]
pprint.pprint(values, underscore_numbers=True)
pprint.pprint(values)
pprint.pprint({'big': 10**30, 'small': 7}, underscore_numbers=True)
print(pprint.pformat(list(range(999990, 1000010)), underscore_numbers=True, compact=True))


class MyInt(int):
    def __repr__(self):
        return 'MyInt(%d)' % self


pprint.pprint([MyInt(123456), 1234567], underscore_numbers=True)
