import json

docs = ['null', 'true', 'false', '0', '-12', '3.25', '"text"', '[]', '{}', '[1, "a", null, true]',
        '{"a": {"b": {"c": [1, [2, [3]]]}}}', ' \t\n\r [ 1 , 2 ] \r\n\t ', '{"":""}',
        '{"a": 1, "a": 2}', '[[[[]]]]', '{"k": []}', '"\\"quoted\\""', '[1e3, 1E3, -1.5e-3, 0e0]',
        '{"nested": {"list": [{"x": 1}, {"y": [true, false, null]}]}}', '123456789012345678901234567890']
for d in docs:
    v = json.loads(d)
    print(repr(d), "->", repr(v), type(v).__name__)

print(json.loads('{"b": 1, "a": 2, "c": 3}'))
print(list(json.loads('{"b": 1, "a": 2, "c": 3}')))
v = json.loads('[1, 2]')
v.append(3)
print(v)
print(json.loads(b'[1, "bytes"]'), json.loads(bytearray(b'{"ba": 1}')))
for bad in [None, 1, [1], memoryview(b"[]")]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.loads("[]", nonsense=1)
except TypeError as e:
    print("TypeError:", e)
