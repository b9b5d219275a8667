from typing import TypedDict, is_typeddict
TD = TypedDict("TD", {"a": int, "b": str}, total=False)
print(TD.__annotations__, sorted(TD.__optional_keys__), TD(a=1), TD.__module__, TD.__name__)
TK = TypedDict("TK", x=int, y=int)
print(TK.__annotations__, sorted(TK.__required_keys__))
print(is_typeddict(TD), is_typeddict(dict), is_typeddict(TK({"x": 1})))
