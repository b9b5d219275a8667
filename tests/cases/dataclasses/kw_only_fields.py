from dataclasses import dataclass, field, KW_ONLY, fields


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    retries: int
    name: str = "job"


o = Options(retries=3)
print(o)
try:
    Options(True, 3)
except TypeError as e:
    print(e)
print([f.kw_only for f in fields(Options)])
print(Options.__match_args__)
print(Options.__doc__)


@dataclass
class Mixed:
    a: int
    b: int = field(default=2, kw_only=True)
    c: int = 0
    _: KW_ONLY
    d: int
    e: int = 9


m = Mixed(1, 3, d=4)
print(m)
print(Mixed.__match_args__)
print(Mixed.__doc__)
print([(f.name, f.kw_only) for f in fields(Mixed)])
print("_" in Mixed.__dataclass_fields__)


@dataclass
class Base:
    x: int = 0
    _: KW_ONLY
    flag: bool = False


@dataclass
class Derived(Base):
    y: int = 1
    z: int = field(kw_only=True, default=3)


print(Derived(5, 6, flag=True, z=7))
print(Derived.__doc__)


@dataclass
class AfterDefaults:
    a: int = 1
    b: int = field(kw_only=True)


print(AfterDefaults(b=2))
print(AfterDefaults.__doc__)


@dataclass(kw_only=True)
class Override:
    a: int
    b: int = field(kw_only=False, default=0)


print(Override(5, a=1))
print(Override.__match_args__)
