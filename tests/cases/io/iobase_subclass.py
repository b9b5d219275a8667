import io


class CountingRaw(io.RawIOBase):
    """A raw stream producing the bytes of a string in small reads."""

    def __init__(self, data, chunk=3):
        self.data = data
        self.pos = 0
        self.chunk = chunk
        self.reads = 0

    def readable(self):
        return True

    def readinto(self, b):
        self.reads += 1
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


raw = CountingRaw(b"line one\nline two\nthird")
print(raw.read(4), raw.read(), raw.read())
raw = CountingRaw(b"abcdefgh")
print(raw.readall())
print(CountingRaw(b"").readable(), CountingRaw(b"").writable(), CountingRaw(b"").seekable())
r = CountingRaw(b"xyz")
print(list(r))
r = CountingRaw(b"a\nb\nc")
print(r.readline(), r.readlines())
for call in (lambda: CountingRaw(b"").write(b"x"), lambda: CountingRaw(b"").seek(0),
             lambda: CountingRaw(b"").fileno(), lambda: CountingRaw(b"").truncate()):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
