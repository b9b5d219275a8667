import os


class Document(os.PathLike):
    def __init__(self, name):
        self.name = name

    def __fspath__(self):
        return os.path.join("docs", self.name)


class Duck:
    def __fspath__(self):
        return b"duck"


class NotAPath:
    __fspath__ = None


class Incomplete(os.PathLike):
    pass


d = Document("guide.md")
print(os.fspath(d), os.fspath(Duck()), os.fspath("s"), os.fspath(b"b"))
print(isinstance(d, os.PathLike), isinstance(Duck(), os.PathLike), isinstance("s", os.PathLike))
print(issubclass(Duck, os.PathLike), issubclass(NotAPath, os.PathLike), issubclass(int, os.PathLike))
print(isinstance(NotAPath(), os.PathLike), issubclass(Document, os.PathLike))
print(os.PathLike.__name__, os.PathLike.__module__, os.PathLike[str])
print(sorted(os.PathLike.__abstractmethods__))
for make in (os.PathLike, Incomplete):
    try:
        make()
    except TypeError as exc:
        print("TypeError:", exc)
for bad in (1, None, NotAPath()):
    try:
        os.fspath(bad)
    except TypeError as exc:
        print("TypeError:", exc)


class Wrong:
    def __fspath__(self):
        return 42


try:
    os.fspath(Wrong())
except TypeError as exc:
    print("TypeError:", exc)
print(os.path.splitext(d), os.path.basename(Duck()))


class Registered:
    pass


class Child(Registered):
    pass


print(issubclass(Registered, os.PathLike), os.PathLike.register(Registered) is Registered)
print(issubclass(Registered, os.PathLike), isinstance(Child(), os.PathLike))
try:
    os.PathLike.register(3)
except TypeError as exc:
    print("TypeError:", exc)
