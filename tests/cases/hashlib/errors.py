import hashlib

def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, type(exc).__name__, exc)
    else:
        print(label, "ok", result)

attempt("unknown", lambda: hashlib.new("foo"))
attempt("unknown2", lambda: hashlib.new("sha999", b"x"))
attempt("str-data", lambda: hashlib.md5("text"))
attempt("str-update", lambda: hashlib.sha256().update("text"))
attempt("int-data", lambda: hashlib.sha1(5))
attempt("name-type", lambda: hashlib.new(1))
attempt("bytearray", lambda: hashlib.md5(bytearray(b"abc")).hexdigest())
attempt("memoryview", lambda: hashlib.md5(memoryview(b"abc")).hexdigest())
