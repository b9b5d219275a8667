class P:
    __match_args__ = ("a",)
    def __init__(self, a, b):
        self.a, self.b = a, b

try:
    match P(1, 2):
        case P(x, y):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

match P(1, 2):
    case P(x, b=y):
        print("positional + keyword", x, y)

try:
    match P(1, 2):
        case P(1, a=1):
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

match P(1, 2):
    case P(missing=3):
        print("no")
    case P():
        print("missing attribute just fails the pattern")

try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(type(e).__name__, e)

class Q:
    __match_args__ = ["a"]
    a = 1
try:
    match Q():
        case Q(1):
            print("list match_args")
except TypeError as e:
    print(type(e).__name__, e)
