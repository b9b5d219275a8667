import io
import os
import tempfile

# Two text layers over one buffer keep their own encodings and newline rules.
b = io.BytesIO()
w1 = io.TextIOWrapper(b, encoding="utf-8")
w2 = io.TextIOWrapper(b, encoding="latin-1", newline="\r\n")
w1.write("é\n")
w1.flush()
w2.write("é\n")
w2.flush()
w1.write("é\n")
w1.flush()
print(b.getvalue(), w1.encoding, w2.encoding)

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("z.txt", "w", encoding="utf-8") as f:
        g = io.TextIOWrapper(f.buffer, encoding="latin-1")
        g.write("é")
        g.flush()
        f.write("é")
        f.flush()
        g.detach()
        print(f.encoding, f.closed)
    with open("z.txt", "rb") as f:
        print(f.read())
    os.chdir("/")
