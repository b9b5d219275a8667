"""A plugin registry built on ABCs: abstract interface, auto-registration, virtual plugins."""
from abc import ABC, abstractmethod


class Plugin(ABC):
    registry = {}

    @classmethod
    def discover(cls):
        for sub in cls.__subclasses__():
            if not sub.__abstractmethods__:
                cls.registry[sub.name] = sub
            else:
                print("skipping abstract", sub.__name__, sorted(sub.__abstractmethods__))

    @property
    @abstractmethod
    def name(self): ...

    @abstractmethod
    def run(self, data): ...

    def describe(self):
        return f"<{self.name}: {type(self).__doc__}>"


class Upper(Plugin):
    """uppercases"""
    name = "upper"

    def run(self, data):
        return data.upper()


class Reverse(Plugin):
    """reverses"""
    name = "reverse"

    def run(self, data):
        return data[::-1]


class Partial(Plugin):
    """forgot run()"""
    name = "partial"


class Counter:
    """counts characters"""
    name = "count"

    def run(self, data):
        return str(len(data))


Plugin.register(Counter)


def pipeline(names, data):
    for name in names:
        cls = Plugin.registry.get(name)
        if cls is None:
            print(f"  no plugin {name!r}")
            continue
        data = cls().run(data)
        print(f"  {name:>8} -> {data}")
    return data


Plugin.discover()
print(sorted(Plugin.registry))
print(isinstance(Counter(), Plugin), issubclass(Counter, Plugin), Counter in Plugin.registry.values())
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(Upper().describe(), Reverse().describe())
result = pipeline(["upper", "reverse", "partial", "missing"], "hello world")
print("result:", result)
Plugin.registry[Counter.name] = Counter
print(pipeline(["reverse", "count"], "abc"))
for plugin in [Upper(), Counter(), "text"]:
    print(type(plugin).__name__, isinstance(plugin, Plugin))
