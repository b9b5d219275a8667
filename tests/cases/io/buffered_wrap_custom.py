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


buffered = io.BufferedReader(CountingRaw(b"line one\nline two\nthird"), buffer_size=4)
print(buffered.readline(), buffered.read(3), buffered.peek(1)[:1], buffered.read())
text = io.TextIOWrapper(io.BufferedReader(CountingRaw("héllo\nwörld\n".encode())), encoding="utf-8")
print(text.readlines())


class Sink(io.RawIOBase):
    def __init__(self):
        self.got = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.got += b
        return len(b)


sink = Sink()
bw = io.BufferedWriter(sink, buffer_size=8)
bw.write(b"abc")
print(bytes(sink.got))
bw.write(b"defghijkl")
print(bytes(sink.got))
bw.flush()
print(bytes(sink.got))
tw = io.TextIOWrapper(io.BufferedWriter(Sink()), encoding="utf-8")
tw.write("text é\n")
tw.flush()
print(bytes(tw.buffer.raw.got))
tw.close()
print(tw.closed, tw.buffer.closed, tw.buffer.raw.closed)
