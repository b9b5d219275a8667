from typing import get_type_hints, List, Optional, Dict

class Node:
    val: int
    next: "Optional[Node]"

def fn(a: "int", b: List["Node"] = None, *args: str, c: "Dict[str, int]" = 1, **kw: float) -> "Node":
    pass

print(get_type_hints(Node))
print(get_type_hints(fn))

class Child(Node):
    extra: "List[Child]"

print(get_type_hints(Child))
def opt(x: int = None) -> None:
    pass
print(get_type_hints(opt))
print(get_type_hints(object), get_type_hints(len))
