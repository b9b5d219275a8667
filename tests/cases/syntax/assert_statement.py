assert True
assert 1 == 1, "math works"
try:
    assert False
except AssertionError as e:
    print("empty", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("msg", e)
try:
    assert [], {"key": [1, 2]}
except AssertionError as e:
    print("obj", e.args[0])
def check(n):
    assert n >= 0, f"negative: {n}"
    return n * 2
print(check(4))
try:
    check(-3)
except AssertionError as e:
    print(e)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print("message evaluated:", len(calls))
