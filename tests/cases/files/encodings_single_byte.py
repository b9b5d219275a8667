import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("l1.txt", "w", encoding="latin-1") as f:
        f.write("café ÿ ß\n")
    with open("l1.txt", "rb") as f:
        print(f.read())
    with open("l1.txt", encoding="latin-1") as f:
        print(repr(f.read()), f.encoding)
    with open("l1.txt", encoding="iso-8859-1") as f:
        print(repr(f.read()), f.encoding)
    try:
        with open("l1.txt", encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
        print(e.encoding, e.start, e.end, e.reason, e.object[:8])
    with open("l1.txt", "w", encoding="latin-1", errors="replace") as f:
        f.write("euro € snow ☃\n")
    with open("l1.txt", "rb") as f:
        print(f.read())
    try:
        with open("l1.txt", "w", encoding="latin-1") as f:
            f.write("euro €")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    for errors in ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
        try:
            with open("a.txt", "w", encoding="ascii", errors=errors) as f:
                f.write("naïve ☃ x\n")
            with open("a.txt", "rb") as f:
                print(errors, f.read())
        except UnicodeEncodeError as e:
            print(errors, "UnicodeEncodeError:", e)
    with open("a.txt", "wb") as f:
        f.write(b"plain \x80\xfe\n")
    for errors in ["strict", "ignore", "replace"]:
        try:
            with open("a.txt", encoding="ascii", errors=errors) as f:
                print(errors, ascii(f.read()))
        except UnicodeDecodeError as e:
            print(errors, "UnicodeDecodeError:", e)
    try:
        open("a.txt", encoding="no-such-encoding")
    except LookupError as e:
        print("LookupError:", e)
    print(sorted(os.listdir(".")))
    os.chdir("/")
