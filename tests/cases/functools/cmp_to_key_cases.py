from functools import cmp_to_key


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=cmp_to_key(compare_len_then_alpha), reverse=True))
print(min(words, key=cmp_to_key(compare_len_then_alpha)), max([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))


def largest_number(nums):
    strs = sorted(map(str, nums), key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return ''.join(strs)


print(largest_number([3, 30, 34, 5, 9]))
K = cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k2 >= k1, k1 != k2, k1.obj)
print(type(k1).__name__)
try:
    k1 < 5
except TypeError as e:
    print('TypeError:', e)
try:
    {k1}
except TypeError as e:
    print('TypeError raised for hashing')
