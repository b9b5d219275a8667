def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case list():
            return "empty list"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case None:
            return "None"
        case _:
            return type(v).__name__

for v in [True, -5, 7, 2.5, "", "hi", [1, 2], [], {"a": 1}, (1, 2), (1, 2, 3), None, {1}]:
    print(kind(v))
