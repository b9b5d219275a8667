import abc
class A(abc.ABC):
    pass
class B:
    pass
t1 = abc.get_cache_token()
print(issubclass(B, A))
A.register(B)
t2 = abc.get_cache_token()
print(t1 != t2, issubclass(B, A), t2 == abc.get_cache_token())
