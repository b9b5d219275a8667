import typing
from typing import AnyStr, Text, IO, TextIO, BinaryIO
print(AnyStr, AnyStr.__constraints__, Text is str, Text("x"))
print(IO, TextIO, BinaryIO, IO[str], IO[bytes])
print(IO.__mro__, TextIO.__mro__, BinaryIO.__mro__, IO.__parameters__)

def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b

print(concat("a", "b"), concat(b"a", b"b"))

def write_all(stream: TextIO, lines: typing.List[str]) -> int:
    for line in lines:
        stream.write(line + "\n")
    return len(lines)

import sys
print(write_all(sys.stdout, ["one", "two"]))
print(isinstance(sys.stdout, TextIO))
