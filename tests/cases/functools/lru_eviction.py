from functools import lru_cache

log = []


@lru_cache(maxsize=2)
def load(key):
    log.append(key)
    return key.upper()


for key in ['a', 'b', 'a', 'c', 'b', 'a', 'a', 'c']:
    load(key)
print(log)
print(load.cache_info())
load.cache_clear()
load('z')
print(log[-1], load.cache_info())


@lru_cache(maxsize=1)
def one(x, *, y=1):
    log.append((x, y))
    return x * y


one(2)
one(2)
one(2, y=1)
one(2)
print(log[-3:], one.cache_info())


@lru_cache(maxsize=4, typed=True)
def t(x):
    return x


for v in [1, 1.0, 1, True, 1.0]:
    t(v)
print(t.cache_info(), t.cache_parameters())
