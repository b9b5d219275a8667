from abc import ABC, abstractmethod
class Closeable(ABC):
    @abstractmethod
    def close(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented
class File:
    def close(self):
        pass
class Rock:
    pass
class Sub(Closeable):
    def close(self):
        pass
print(issubclass(File, Closeable), isinstance(File(), Closeable), issubclass(Rock, Closeable))
print(issubclass(Sub, Closeable), isinstance(Sub(), Closeable))
class Strict(Closeable):
    pass
print(issubclass(File, Strict), issubclass(Sub, Strict))
