from typing import NewType, Optional


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


UserId = NewType("UserId", int)
print(UserId, UserId(5), type(UserId(5)), UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId.__module__)
attempt(lambda: isinstance(1, UserId))
def sub():
    class AdminId(UserId):
        pass
attempt(sub)
Derived = NewType("Derived", UserId)
print(Derived, Derived.__supertype__, Derived(UserId(3)))
print(UserId | None, Optional[UserId])
def lookup(uid: UserId) -> str:
    return f"user{uid}"
print(lookup(UserId(7)))
