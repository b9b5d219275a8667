import os.path


def attempt(label, func, *args):
    try:
        result = func(*args)
    except (TypeError, ValueError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
    else:
        print(label, "->", repr(result))


attempt("str + bytes", os.path.join, "a", b"b")
attempt("bytes + str", os.path.join, b"a", "b")
attempt("str + empty bytes", os.path.join, "", b"")
attempt("int first", os.path.join, 1)
attempt("int later", os.path.join, "a", 1)
attempt("None later", os.path.join, "a", "b", None)
attempt("None first", os.path.join, None, "a")
attempt("list later", os.path.join, "a", ["b"])
attempt("float alone", os.path.join, 2.5)
attempt("no args", os.path.join)
attempt("relpath mix", os.path.relpath, "a", b"b")
attempt("relpath mix 2", os.path.relpath, b"a", "b")
attempt("relpath int start", os.path.relpath, "a", 3)
attempt("relpath empty", os.path.relpath, "")
attempt("relpath empty bytes", os.path.relpath, b"")
attempt("commonpath mix", os.path.commonpath, ["a", b"a"])
attempt("commonpath abs/rel", os.path.commonpath, ["/a", "a"])
attempt("commonpath empty", os.path.commonpath, [])
attempt("commonpath int", os.path.commonpath, [1, 2])
attempt("split int", os.path.split, 5)
attempt("basename None", os.path.basename, None)
attempt("splitext list", os.path.splitext, ["a.b"])
attempt("normpath float", os.path.normpath, 1.0)
attempt("isabs int", os.path.isabs, 0)
attempt("expanduser int", os.path.expanduser, 1)
attempt("expandvars None", os.path.expandvars, None)
attempt("commonprefix ints", os.path.commonprefix, [1, 2])
