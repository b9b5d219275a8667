from abc import ABC, abstractmethod, update_abstractmethods
class Base(ABC):
    @abstractmethod
    def run(self): ...
class Child(Base):
    pass
print(sorted(Child.__abstractmethods__))
Child.run = lambda self: 'running'
update_abstractmethods(Child)
print(Child.__abstractmethods__, Child().run())
def implement(cls):
    cls.extra = abstractmethod(lambda self: None)
    return update_abstractmethods(cls)
@implement
class Other(Base):
    def run(self):
        return 1
print(sorted(Other.__abstractmethods__))
class Plain:
    pass
print(update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))
