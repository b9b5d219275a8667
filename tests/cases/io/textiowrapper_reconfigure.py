import io

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
t.write("a\n")
t.reconfigure(newline="\r\n")
t.write("b\n")
t.reconfigure(encoding="latin-1")
t.write("é\n")
t.flush()
print(raw.getvalue(), t.encoding)
t.reconfigure(errors="replace")
print(t.errors)
t.reconfigure(encoding="ascii")
print(t.encoding, t.errors)
try:
    t.write("€\n")
    t.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
t.reconfigure(encoding="ascii", errors="replace")
t.write("€\n")
t.flush()
print(raw.getvalue(), t.encoding, t.errors)
t.reconfigure(write_through=True)
t.write("x")
print(raw.getvalue())
try:
    t.reconfigure(newline="bad")
except ValueError as e:
    print("ValueError:", e)
try:
    t.reconfigure(bogus=1)
except TypeError as e:
    print("TypeError:", e)

r = io.TextIOWrapper(io.BytesIO("é\nx".encode("latin-1")), encoding="latin-1")
print(repr(r.readline()))
try:
    r.reconfigure(encoding="utf-8")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
print(repr(r.read()))
