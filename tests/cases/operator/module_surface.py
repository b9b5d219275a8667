import operator

print(operator.__name__, sorted(operator.__all__) == operator.__all__, len(operator.__all__))
print(all(callable(getattr(operator, name)) for name in operator.__all__))
print(operator.__add__ is operator.add, operator.__not__ is operator.not_,
      operator.__and__ is operator.and_, operator.__iadd__ is operator.iadd,
      operator.__getitem__ is operator.getitem, operator.__inv__ is operator.inv,
      operator.__invert__ is operator.invert, operator.__contains__ is operator.contains)
print(operator.call(divmod, 17, 5), operator.call(dict, a=1))
print(operator.invert is operator.inv or operator.invert(3) == operator.inv(3))
from operator import *
print(add(1, 2), itemgetter(0)('z'), truth(1))
