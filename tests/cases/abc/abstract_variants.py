from abc import ABC, abstractmethod, abstractclassmethod, abstractstaticmethod
class Base(ABC):
    @classmethod
    @abstractmethod
    def build(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
    @property
    @abstractmethod
    def size(self): ...
    @abstractclassmethod
    def legacy(cls): ...
    @abstractstaticmethod
    def legacy_static(): ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    @classmethod
    def build(cls):
        return cls()
    @staticmethod
    def helper():
        return 'help'
    @property
    def size(self):
        return 3
    @classmethod
    def legacy(cls):
        return 'legacy'
    @staticmethod
    def legacy_static():
        return 'ls'
obj = Impl.build()
print(obj.size, Impl.helper(), Impl.legacy(), Impl.legacy_static(), Impl.__abstractmethods__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
