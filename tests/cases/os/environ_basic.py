import os

os.environ.clear()
print(repr(os.environ), len(os.environ))
os.environ["EDITOR"] = "vim"
os.environ["LANG"] = "C.UTF-8"
os.environ["PAGER"] = "less"
print(repr(os.environ))
print(os.environ["EDITOR"], "LANG" in os.environ, "MISSING" in os.environ)
print(os.environ.get("MISSING"), os.environ.get("MISSING", "fallback"))
print(sorted(os.environ), sorted(os.environ.values()), sorted(os.environ.items()))
del os.environ["PAGER"]
print(sorted(os.environ.keys()))
try:
    os.environ["PAGER"]
except KeyError as exc:
    print("KeyError", exc)
try:
    del os.environ["PAGER"]
except KeyError as exc:
    print("KeyError on del", exc)
print(os.environ.setdefault("SHELL", "/bin/sh"), os.environ.setdefault("SHELL", "/bin/zsh"))
print(os.environ.pop("SHELL"), os.environ.pop("SHELL", "gone"))
snapshot = os.environ.copy()
print(type(snapshot).__name__, snapshot)
os.environ.update({"A": "1"}, B="2")
print(sorted(os.environ.items()))
print(os.environ == {"EDITOR": "vim", "LANG": "C.UTF-8", "A": "1", "B": "2"})
for key in os.environ:
    if key in ("A", "B"):
        del os.environ[key]     # changing the mapping while iterating over it is allowed
print(repr(os.environ))
print(os.environ.popitem(), len(os.environ))
os.environ.clear()
print(repr(os.environ))
