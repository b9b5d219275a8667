from typing import Generic, TypeVar
T = TypeVar("T")
registry = []

class Plugin(Generic[T]):
    def __init_subclass__(cls, name: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append((cls.__name__, name))

class IntPlugin(Plugin[int], name="ints"):
    pass

class Generic2(Plugin[T]):
    pass

print(registry, Generic2.__parameters__, IntPlugin.__parameters__)
