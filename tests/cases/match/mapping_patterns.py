def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit"
        case {"type": "key", "key": k, **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"unknown {t} rest={rest}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "x": 1, "y": 2, "button": "left"},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "scroll", "delta": -3, "fast": True},
    {"size": 1},
    [("type", "click")],
]
for e in events:
    print(handle(e))

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest:", rest)

match {"k": None}:
    case {"k": None}:
        print("None value matched")

match {"x": 1}:
    case {"y": _}:
        print("no")
    case {"x": _}:
        print("key presence matters")
