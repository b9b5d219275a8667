import fnmatch


def attempt(label, func, *args):
    try:
        result = func(*args)
    except TypeError as exc:
        print(label, "-> TypeError:", exc)
    else:
        print(label, "->", repr(result))


attempt("str name, bytes pat", fnmatch.fnmatch, "a", b"a")
attempt("bytes name, str pat", fnmatch.fnmatch, b"a", "a")
attempt("case, mixed", fnmatch.fnmatchcase, b"a", "*")
attempt("int name", fnmatch.fnmatch, 1, "a")
attempt("int name case", fnmatch.fnmatchcase, 1, "a")
attempt("int pattern", fnmatch.fnmatchcase, "a", 1)
attempt("list pattern", fnmatch.fnmatchcase, "a", ["a"])
attempt("filter mixed", fnmatch.filter, ["a", b"b"], "*")
attempt("filter ints", fnmatch.filter, [1], "*")
attempt("translate int", fnmatch.translate, 1)
attempt("translate bytes", fnmatch.translate, b"a*")
attempt("translate empty bytes", fnmatch.translate, b"")
