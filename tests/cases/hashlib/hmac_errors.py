import hmac

def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, type(exc).__name__, exc)
    else:
        print(label, "ok", result)

attempt("no-digestmod", lambda: hmac.new(b"k"))
attempt("str-key", lambda: hmac.new("k", digestmod="md5"))
attempt("str-msg", lambda: hmac.new(b"k", "m", "md5"))
attempt("bad-algo", lambda: hmac.new(b"k", b"m", "foo"))
attempt("digest-bad", lambda: hmac.digest(b"k", b"m", "nope"))
attempt("update-str", lambda: hmac.new(b"k", digestmod="sha1").update("x"))
