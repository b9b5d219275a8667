import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("f", "w"):
        pass
    for mode in ["", "z", "rw", "rr", "ra", "wx", "rbt", "tb", "b", "t", "+", "r++", "U", "rU", "Ur",
                 "rb+", "+r", "xb", "bw", "r ", "ww", "aa", "a+b", "br+", 5, None, b"r"]:
        try:
            with open("f", mode) as f:
                print(repr(mode), "->", f.mode, type(f).__name__)
        except (ValueError, TypeError, OSError) as e:
            print(repr(mode), "->", type(e).__name__, e)
    for kw in [{"buffering": 0}, {"buffering": -5}, {"buffering": "1"}, {"newline": "x"},
               {"newline": 1}, {"encoding": 1}, {"errors": 1}, {"closefd": False}, {"opener": 1}]:
        try:
            with open("f", "r", **kw) as f:
                print(kw, "-> ok")
        except (ValueError, TypeError) as e:
            print(kw, "->", type(e).__name__, e)
    for bad_name in [None, 1.5, ["f"], b"f", ""]:
        try:
            with open(bad_name) as f:
                print(repr(bad_name), "-> opened", f.name)
        except (TypeError, ValueError, OSError) as e:
            print(repr(bad_name), "->", type(e).__name__, e)
    try:
        open("nul\x00name")
    except ValueError as e:
        print("ValueError:", e)
    os.chdir("/")
