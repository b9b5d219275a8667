import json

err = json.JSONDecodeError("Custom problem", "line one\nline two\nthree", 12)
print(err)
print(err.msg, err.pos, err.lineno, err.colno)
print(err.args)
print(repr(err.doc))
print(isinstance(err, ValueError))
try:
    raise err
except ValueError as e:
    print("caught as ValueError:", e)

e2 = json.JSONDecodeError("At start", "", 0)
print(e2, e2.lineno, e2.colno)
e3 = json.JSONDecodeError("End", "ab\n", 3)
print(e3, e3.lineno, e3.colno)
print(err.__reduce__()[1])

try:
    json.loads('{\n  "a": 1,\n  "b": [1, 2,,]\n}')
except json.JSONDecodeError as e:
    print(e)
    print(e.doc.splitlines()[e.lineno - 1])
    print(" " * (e.colno - 1) + "^")
    print(type(e).__name__, type(e).__module__)

try:
    json.loads("[1, 2")
except ValueError as e:
    print(type(e).__name__, e.args)
