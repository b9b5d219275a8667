from functools import cache, lru_cache


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(5), factorial(12))
print(factorial.cache_info())


class Repo:
    calls = 0

    def __init__(self, name):
        self.name = name

    @lru_cache(maxsize=16)
    def fetch(self, key):
        Repo.calls += 1
        return f'{self.name}:{key}'

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self.name == other.name


a, b = Repo('a'), Repo('b')
print(a.fetch(1), a.fetch(1), b.fetch(1), Repo('a').fetch(1), Repo.calls)
print(Repo.fetch.cache_info())


@cache
def words(text, *, sep=' '):
    return tuple(text.split(sep))


print(words('a b'), words('a,b', sep=','), words('a b'), words.cache_info().hits)
print(words.cache_parameters())
try:
    cache(42)
except TypeError as e:
    print('TypeError:', e)
