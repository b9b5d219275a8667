import io
import os
import tempfile

print(io.open is open)
print(io.DEFAULT_BUFFER_SIZE)
for cls in [io.StringIO, io.BytesIO, io.TextIOWrapper, io.BufferedReader, io.BufferedWriter,
            io.BufferedRandom, io.FileIO]:
    bases = [b.__name__ for b in cls.__mro__]
    print(cls.__name__, [n for n in ("IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase")
                         if any(n == b.lstrip("_") for b in bases)])
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.IOBase))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.TextIOBase))

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("t", "w") as f:
        print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
        print(isinstance(f, io.TextIOBase), isinstance(f.buffer, io.BufferedIOBase),
              isinstance(f.buffer.raw, io.RawIOBase))
    for mode in ["rb", "wb", "ab", "r+b", "w+b", "rb+"]:
        with open("t", mode) as f:
            print(mode, type(f).__name__, type(f.raw).__name__, f.mode, f.raw.mode)
    for mode in ["r", "w", "a", "r+", "w+", "a+", "x"]:
        if mode == "x":
            os.remove("t")
        with open("t", mode) as f:
            print(mode, type(f).__name__, type(f.buffer).__name__, f.mode, f.buffer.mode, f.buffer.raw.mode)
    with open("t", "rb", buffering=0) as f:
        print(type(f).__name__, f.mode)
    with open("t", "ab", buffering=0) as f:
        print(type(f).__name__, f.mode)
    os.chdir("/")
print(type(io.StringIO()).__module__, io.StringIO.__module__, io.TextIOWrapper.__module__)
