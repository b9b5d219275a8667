import operator
from functools import reduce
from itertools import accumulate, starmap

nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(reduce(operator.add, nums), reduce(operator.mul, nums, 1), reduce(operator.or_, nums))
print(list(accumulate(nums, operator.mul)))
print(list(map(operator.sub, nums, nums[1:])))
print(list(starmap(operator.truediv, [(1, 2), (9, 3)])))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(list(filter(operator.truth, [0, 1, '', 'x', None, []])))
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=operator.itemgetter(1)))
ops = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack[0]


print(rpn('3 4 + 2 *'), rpn('10 2 8 * + 3 -'), rpn('2 3 4 * /'))
print(list(map(operator.methodcaller('title'), ['ada', 'bob'])))
print(max(['apple', 'kiwi', 'banana'], key=len), min([(1, 'b'), (1, 'a')], key=operator.itemgetter(1)))
