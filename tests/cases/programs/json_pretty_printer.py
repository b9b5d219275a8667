def escape(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(obj, indent=2, level=0, sort_keys=False, _seen=None):
    if _seen is None:
        _seen = []
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"Out of range float values are not JSON compliant: {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple, dict)):
        for s in _seen:
            if s is obj:
                raise ValueError("Circular reference detected")
        _seen.append(obj)
        try:
            if isinstance(obj, dict):
                if not obj:
                    return "{}"
                keys = sorted(obj) if sort_keys else list(obj)
                items = []
                for k in keys:
                    if not isinstance(k, str):
                        raise TypeError(f"keys must be str, not {type(k).__name__}")
                    items.append(f"{pad}{escape(k)}: {dumps(obj[k], indent, level + 1, sort_keys, _seen)}")
                return "{\n" + ",\n".join(items) + "\n" + end_pad + "}"
            if not obj:
                return "[]"
            if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in obj) and len(obj) <= 6:
                return "[" + ", ".join(dumps(x) for x in obj) + "]"
            items = [pad + dumps(x, indent, level + 1, sort_keys, _seen) for x in obj]
            return "[\n" + ",\n".join(items) + "\n" + end_pad + "]"
        finally:
            _seen.pop()
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


doc = {
    "name": "pyrite",
    "version": [0, 1, 0],
    "tags": ["rust", "python", "interpreter"],
    "meta": {"stars": 42, "ratio": 0.25, "active": True, "license": None, "empty": {}, "none": []},
    "authors": [{"name": "Ann \"the dev\"", "email": "ann@example.com"}, {"name": "Bo\tb", "roles": ["a", "b"]}],
    "notes": "line1\nline2\\end\x01",
    "big": 12345678901234567890,
    "floats": [1.0, 1e-07, 1e+16, -0.0, 3.14],
}
print(dumps(doc))
print(dumps(doc["meta"], indent=4, sort_keys=True))
print(dumps([[1, [2, [3, []]]]], indent=1))

loop = [1, 2]
loop.append(loop)
tests = [loop, {1: "x"}, float("nan"), {"s": {1, 2}}, (1, 2)]
for t in tests:
    try:
        print(dumps(t))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
shared = [1]
print(dumps({"a": shared, "b": shared}, indent=0))
