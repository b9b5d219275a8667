from contextlib import closing


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def read(self):
        if self.closed:
            raise ValueError("I/O on closed resource")
        return f"data from {self.name}"

    def close(self):
        print("closing", self.name)
        self.closed = True


with closing(Resource("db")) as r:
    print(r.read())
print(r.closed)

try:
    with closing(Resource("net")) as r:
        raise ConnectionError("dropped")
except ConnectionError as e:
    print("error:", e, "closed:", r.closed)

c = closing(Resource("x"))
print(c.thing.name)
with c as inner:
    print(inner is c.thing)


class NoClose:
    pass


try:
    with closing(NoClose()):
        print("body")
except AttributeError as e:
    print("AttributeError:", e)


def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator closed")


with closing(numbers()) as gen:
    for n in gen:
        if n == 2:
            break
print("done")
