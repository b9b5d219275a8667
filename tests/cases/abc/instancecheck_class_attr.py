from abc import ABC
class Base(ABC):
    pass
class Real:
    pass
class Proxy:
    @property
    def __class__(self):
        return Real
Base.register(Real)
p = Proxy()
print(isinstance(p, Base), isinstance(p, Real), type(p).__name__)
try:
    issubclass(p, Base)
except TypeError as e:
    print("TypeError:", e)
