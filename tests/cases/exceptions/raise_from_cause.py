class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config {text!r}") from e

try:
    load("abc")
except ConfigError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("no context wanted") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise ValueError("x") from TypeError("y")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

e = ValueError("manual")
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise IndexError from KeyError
except IndexError as e:
    print(repr(e), repr(e.__cause__))
