import json

floats = [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e15, 1e16, 1.5e16, 123e-10, 5e-324, 1.7976931348623157e308,
          -2.5, 100.0, 1e100, 3.141592653589793, 0.000001, 0.0000001, -0.0]
for f in floats:
    text = json.dumps(f)
    back = json.loads(text)
    print(text, repr(f) == text, back == f, type(back).__name__)

ints = [0, -0, 7, -7, 2 ** 31, 2 ** 63, 2 ** 64 + 1, -(2 ** 100), 10 ** 50]
for i in ints:
    text = json.dumps(i)
    print(text, json.loads(text) == i, type(json.loads(text)).__name__)

big = 7 ** 500
text = json.dumps(big)
print(len(text), json.loads(text) == big)
print(json.dumps([True, 1, 1.0, False, 0, 0.0]))
print(json.loads("1.0"), json.loads("1e2"), json.loads("1E-2"), json.loads("-0"), json.loads("-0.0"))
print(json.loads("1e400"), json.loads("-1e400"), json.loads("1e-400"))
print(json.loads("12345678901234567890123456789"))
print(json.loads("0.1000000000000000055511151231257827"))
