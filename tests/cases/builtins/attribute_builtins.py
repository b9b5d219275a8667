class Config:
    debug = False
    def __init__(self):
        self.name = "app"

c = Config()
print(hasattr(c, "name"), hasattr(c, "debug"), hasattr(c, "missing"))
print(getattr(c, "name"), getattr(c, "missing", "fallback"), getattr(Config, "debug"))
setattr(c, "level", 3)
print(c.level, vars(c))
setattr(c, "with space", 1)
print(getattr(c, "with space"))
delattr(c, "level")
print(hasattr(c, "level"), vars(c))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
for attr in ["upper", "nope"]:
    print(attr, callable(getattr("s", attr, None)))
print(getattr([1, 2], "__len__")())
method = getattr(c, "__init__")
print(method.__name__)
