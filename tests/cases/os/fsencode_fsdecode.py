import os

print(os.fsencode("plain"), os.fsencode("caf\u00e9"), os.fsencode(b"already"))
print(repr(os.fsdecode(b"plain")), repr(os.fsdecode(b"caf\xc3\xa9")), repr(os.fsdecode("s")))


class P:
    def __fspath__(self):
        return "via-fspath"


print(os.fsencode(P()), os.fsdecode(P()))
for bad in (1, None, 2.5):
    try:
        os.fsencode(bad)
    except TypeError as exc:
        print("TypeError:", exc)
