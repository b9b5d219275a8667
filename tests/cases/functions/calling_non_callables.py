values = [5, "text", [1, 2], None, {"a": 1}, 3.5, (1,)]
for v in values:
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)

class NotCallable:
    pass

try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)

class Callable:
    def __call__(self, x):
        return x * 3

c = Callable()
print(c(4), callable(c), callable(NotCallable()), callable(NotCallable))
