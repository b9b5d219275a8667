import hmac

def attempt(a, b):
    try:
        print(repr(a), repr(b), hmac.compare_digest(a, b))
    except TypeError as exc:
        print(repr(a), repr(b), "TypeError", exc)

attempt("abc", "abc")
attempt("abc", "abd")
attempt("abc", "ab")
attempt(b"abc", b"abc")
attempt(b"abc", bytearray(b"abc"))
attempt(b"", b"")
attempt("abc", b"abc")
attempt("\u00e9", "\u00e9")
attempt(1, 2)
print(hmac.compare_digest(memoryview(b"xy"), b"xy"))
