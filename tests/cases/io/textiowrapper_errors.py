import io

text = "ascii é € 😀"
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    w = io.BytesIO()
    t = io.TextIOWrapper(w, encoding="ascii", errors=errors)
    try:
        t.write(text)
        t.flush()
        print(errors, w.getvalue())
    except UnicodeEncodeError as e:
        print(errors, "UnicodeEncodeError:", e)
        print("  ", e.encoding, e.start, e.end, e.reason)

data = b"ok \xff\xfe bad \xe9 end"
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    t = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors=errors)
    try:
        v = t.read()
        print(errors, ascii(v))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)

t = io.TextIOWrapper(io.BytesIO(data), encoding="latin-1")
print(ascii(t.read()))
try:
    io.TextIOWrapper(io.BytesIO(), encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="bogus").write("é")
    print("bogus handler not checked for encodable text")
except LookupError as e:
    print("LookupError:", e)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="bogus")
try:
    t.write("é")
    t.flush()
except LookupError as e:
    print("LookupError:", e)
