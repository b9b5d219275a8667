import re

def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("locale str", lambda: re.compile("a", re.L))
attempt("ascii+unicode", lambda: re.compile("a", re.A | re.U))
attempt("unicode bytes", lambda: re.compile(b"a", re.U))
attempt("ascii+locale bytes", lambda: re.compile(b"a", re.A | re.L))
attempt("inline a u", lambda: re.compile("(?a)(?u)x"))
attempt("huge repeat", lambda: re.compile("a{4294967295}"))
attempt("big repeat ok", lambda: re.compile("a{1000000}").groups)
attempt("str on bytes", lambda: re.search("a", b"a"))
attempt("bytes on str", lambda: re.search(b"a", "a"))
attempt("template name", lambda: re.sub("(a)", r"\g<nope>", "a"))
attempt("template number", lambda: re.sub("(a)", r"\2", "a"))
attempt("group index", lambda: re.match("(a)", "a").group(2))
attempt("group name", lambda: re.match("(a)", "a").group("x"))
attempt("flags with pattern", lambda: re.compile(re.compile("a"), re.I))
attempt("pattern reuse", lambda: re.compile(re.compile("a")).pattern)
attempt("non-string", lambda: re.compile(42))
attempt("error is", lambda: issubclass(re.error, Exception))
e = None
try:
    re.compile("ab\n(?P<x>\n")
except re.error as exc:
    e = exc
print(str(e))
print(e.msg, e.pos, e.lineno, e.colno)
print(repr(e.pattern))
print(re.error("custom").msg, re.error("custom").pos, re.error("custom", "pat", 2).args)
print(str(re.error("custom", "pat", 2)))
