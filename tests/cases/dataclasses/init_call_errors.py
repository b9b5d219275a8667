from dataclasses import dataclass, field, KW_ONLY


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Config:
    name: str
    _: KW_ONLY
    debug: bool = False
    level: int


def attempt(label, call):
    try:
        result = call()
    except TypeError as e:
        print(f"{label}: {e}")
    else:
        print(f"{label}: {result}")


attempt("none", lambda: Point())
attempt("one", lambda: Point(1))
attempt("three", lambda: Point(1, 2, 3))
attempt("keyword", lambda: Point(1, 2, z=3))
attempt("twice", lambda: Point(1, 2, x=3))
attempt("ok", lambda: Point(y=1, x=2))
attempt("kw missing", lambda: Config("c"))
attempt("kw positional", lambda: Config("c", True, 3))
attempt("kw ok", lambda: Config("c", level=3))
attempt("kw both", lambda: Config(level=1, debug=True, name="z"))
print(Point.__init__.__qualname__, Point.__init__.__name__)
print(Config.__init__.__kwdefaults__)
print(Point.__init__.__annotations__)
