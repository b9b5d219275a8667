import json
from collections import OrderedDict

doc = '{"b": 1, "a": {"y": 2.5, "x": [1, 2]}, "c": [{"z": null}]}'

print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda p: p))
# object_pairs_hook wins over object_hook
print(json.loads(doc, object_hook=lambda d: "HOOK", object_pairs_hook=lambda p: "PAIRS"))
print(json.loads('{}', object_hook=lambda d: ("empty", d)))
print(json.loads('{}', object_pairs_hook=lambda p: ("empty", p)))

print(json.loads("[1.5, 2, 3e2, -0.0]", parse_float=str))
print(json.loads("[1.5, 2, 3e2]", parse_int=float))
print(json.loads("[1.5, 2, -7]", parse_int=lambda s: "int:" + s, parse_float=lambda s: "float:" + s))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda s: "const:" + s))
print(json.loads("[1, 2]", parse_int=int, parse_float=float))


def reject(name):
    raise ValueError("constant not allowed: " + name)


try:
    json.loads('{"x": NaN}', parse_constant=reject)
except ValueError as e:
    print(type(e).__name__, e)

calls = []


def record(d):
    calls.append(sorted(d))
    return d


json.loads('{"outer": {"inner": {"deep": 1}}, "list": [{"i": 1}]}', object_hook=record)
print(calls)


class Hooked:
    def __init__(self, d):
        self.d = d

    def __repr__(self):
        return f"Hooked({self.d})"


print(json.loads('[{"a": {"b": 1}}]', object_hook=Hooked))
dec = json.JSONDecoder(object_hook=Hooked, parse_int=str)
print(dec.decode('{"n": 42}'))
print(dec.object_hook is Hooked, dec.parse_int is str, dec.parse_float, dec.object_pairs_hook)
