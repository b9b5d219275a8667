from typing import ForwardRef, List, Optional, Union


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(ForwardRef("int"), ForwardRef("int") == ForwardRef("int"), ForwardRef("x").__forward_arg__)
print(ForwardRef("a") == ForwardRef("b"), hash(ForwardRef("a")) == hash(ForwardRef("a")))
attempt(lambda: ForwardRef("1 +"))
attempt(lambda: ForwardRef(3))
print(List["int"], Optional["Node"], Union[int, "str"])
print(ForwardRef("int", module="mod"))
