from abc import ABCMeta, abstractmethod
class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def load(self): ...
print(type(Plugin), isinstance(Plugin, ABCMeta), Plugin.__abstractmethods__ == frozenset({'load'}))
class Meta2(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = name.lower()
        return cls
class Tagged(metaclass=Meta2):
    @abstractmethod
    def go(self): ...
class Real(Tagged):
    def go(self):
        return self.tag
print(Real().go(), Tagged.tag, type(Real).__name__)
