from typing import get_type_hints


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: get_type_hints(3))
attempt(lambda: get_type_hints(None))
def bad(x: "Undefined"):
    pass
attempt(lambda: get_type_hints(bad))
attempt(lambda: get_type_hints(bad, localns={"Undefined": int}))
attempt(lambda: get_type_hints(bad, {"Undefined": str}))
def bad2(x: "1 +"):
    pass
attempt(lambda: get_type_hints(bad2))
