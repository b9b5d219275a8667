from functools import lru_cache


@lru_cache(maxsize=3)
def square(n):
    print('computing', n)
    return n * n


for n in [1, 2, 1, 3, 4, 1, 2]:
    square(n)
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__)
print(square.cache_parameters())
square.cache_clear()
print(square.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=None)
def slow(x, y=0):
    return x + y


slow(1)
slow(1)
slow(1, 2)
slow(1, y=2)
slow(y=2, x=1)
print(slow.cache_info(), slow.__name__, slow.__wrapped__(5))


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@lru_cache()
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped.cache_info())
try:
    square([1])
except TypeError as e:
    print('TypeError:', e)
try:
    lru_cache('big')
except TypeError as e:
    print('TypeError:', e)
print(lru_cache(maxsize=-5)(abs).cache_info())
