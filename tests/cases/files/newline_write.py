import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open("out.txt", "w", newline=nl) as f:
            f.write("a\nb\r\nc\rd\n")
            print(f"x{1}", "y", file=f)
            f.writelines(["l1\n", "l2\n"])
        with open("out.txt", "rb") as f:
            print(repr(nl), f.read())
    with open("crlf.txt", "w", newline="\r\n") as f:
        f.write("one\ntwo\n")
    with open("crlf.txt") as f:
        print(f.readlines())
    with open("crlf.txt", newline="") as f:
        print(f.readlines())
    with open("crlf.txt", "rb") as f:
        print(f.read())
    os.chdir("/")
