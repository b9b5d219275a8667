from dataclasses import dataclass, field, make_dataclass


def make_counter_class(start):
    @dataclass
    class Counter:
        value: int = start
        step: int = field(default_factory=lambda: start * 2)

        def tick(self):
            self.value += self.step
            return self

    return Counter


C1 = make_counter_class(1)
C10 = make_counter_class(10)
print(C1(), C10(), C1().tick().tick(), C1 is C10, C1() == C10(1, 2))
print(C1.__qualname__, C1.__init__.__qualname__, C1.__init__.__defaults__)


class Registry:
    @dataclass(frozen=True)
    class Entry:
        key: str
        value: int = 0

    def __init__(self):
        self.entries = []

    def add(self, key, value):
        self.entries.append(self.Entry(key, value))
        return self


r = Registry().add("a", 1).add("b", 2)
print(r.entries, Registry.Entry.__qualname__, Registry.Entry.__repr__.__qualname__)

classes = [make_dataclass(f"Gen{i}", [("n", int, field(default=i))]) for i in range(3)]
print([c() for c in classes], [c.__name__ for c in classes])


def factory():
    captured = []

    @dataclass
    class Logger:
        lines: list = field(default_factory=lambda: captured)

    return Logger, captured


Logger, captured = factory()
Logger().lines.append("x")
Logger().lines.append("y")
print(captured)
