from dataclasses import dataclass, field


def attempt(label, build):
    try:
        cls = build()
    except (TypeError, ValueError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {cls.__name__}")


def with_list():
    @dataclass
    class A:
        x: list = []
    return A


def with_dict():
    @dataclass
    class B:
        x: dict = {}
    return B


def with_set():
    @dataclass
    class C:
        x: set = set()
    return C


def with_tuple():
    @dataclass
    class D:
        x: tuple = ()
    return D


def with_frozenset():
    @dataclass
    class E:
        x: frozenset = frozenset()
    return E


class Unhashable:
    __hash__ = None


def with_custom_unhashable():
    @dataclass
    class F:
        x: object = Unhashable()
    return F


def with_field_list():
    @dataclass
    class G:
        x: list = field(default=[1])
    return G


def both_default_and_factory():
    @dataclass
    class H:
        x: list = field(default=1, default_factory=list)
    return H


for label, build in [("list", with_list), ("dict", with_dict), ("set", with_set),
                     ("tuple", with_tuple), ("frozenset", with_frozenset),
                     ("custom", with_custom_unhashable), ("field list", with_field_list),
                     ("both", both_default_and_factory)]:
    attempt(label, build)
