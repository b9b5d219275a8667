from dataclasses import *


@dataclass
class Foo:
    a: int = 0
try:
    @dataclass
    class Bar:
        f: Foo = Foo()
except ValueError as e: print(e)
@dataclass(frozen=True)
class Fz:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, 'b', self.a * 2)
print(Fz(2))
@dataclass(init=False)
class NI:
    a: int = 3
    def __post_init__(self): print("post")
print(NI())
class S:
    __slots__ = ('x',)
@dataclass
class DS(S):
    x: int = 5
print(DS(), DS.x if hasattr(DS,'x') else 'noattr')
class Init:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
@dataclass
class Sub(Init, flag=1):
    q: int = 0
print(Sub())
@dataclass
class WithFunc:
    f: object = len
print(WithFunc().f("abc"))
@dataclass
class Over:
    x: int = 1
@dataclass
class Over2(Over):
    x: int = field(default=5, repr=False)
print(Over2(), fields(Over2)[0].repr)
@dataclass(eq=False, order=False)
class NoEq:
    x: int
print(NoEq.__hash__ is object.__hash__)
print(is_dataclass(Fz(1)), is_dataclass(Fz))
print(asdict(Fz(3)), astuple(Fz(3)))
@dataclass
class Empty: pass
print(Empty.__init__.__annotations__, Empty.__match_args__, astuple(Empty()), asdict(Empty()))
print(fields(Empty))
@dataclass(frozen=True)
class FEmpty: pass
try:
    FEmpty().x = 1
except FrozenInstanceError as e: print(e)
print(hash(FEmpty()) == hash(()))
@dataclass(unsafe_hash=True)
class UH:
    a: list = field(default_factory=list, hash=False)
    b: int = 0
print(hash(UH()) == hash((0,)))
x = field(default=1)
print(x.name, x.type, x._field_type)
@dataclass
class Dflt:
    a: int = field(default=None)
    b: int = None
print(Dflt())
