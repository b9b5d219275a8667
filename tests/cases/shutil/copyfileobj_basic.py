import io
import shutil

src = io.BytesIO(b'0123456789' * 1000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()), dst.getvalue()[:12])

class Counting:
    def __init__(self, data):
        self.data = data
        self.reads = []
    def read(self, n):
        self.reads.append(n)
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk

c = Counting('abcdefghij')
out = io.StringIO()
shutil.copyfileobj(c, out, 3)
print(out.getvalue(), c.reads)
c = Counting(b'x' * 10)
sink = io.BytesIO()
shutil.copyfileobj(c, sink)
print(c.reads, sink.getvalue())
src = io.BytesIO(b'abcdef')
src.seek(2)
dst = io.BytesIO(b'ZZ')
dst.seek(0, 2)
shutil.copyfileobj(src, dst, length=4)
print(dst.getvalue(), shutil.COPY_BUFSIZE)
