import uuid

def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, type(exc).__name__, exc)
    else:
        print(label, "ok", result)

attempt("short", lambda: uuid.UUID("abc"))
attempt("none", lambda: uuid.UUID())
attempt("two", lambda: uuid.UUID(bytes=b"a" * 16, int=3))
attempt("neg", lambda: uuid.UUID(int=-1))
attempt("big", lambda: uuid.UUID(int=1 << 128))
attempt("bytes", lambda: uuid.UUID(bytes=b"x"))
attempt("bytes_le", lambda: uuid.UUID(bytes_le=b"x" * 15))
attempt("fields3", lambda: uuid.UUID(fields=(1, 2, 3)))
attempt("field1", lambda: uuid.UUID(fields=(1 << 32, 2, 3, 4, 5, 6)))
attempt("field6", lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 1 << 48)))
attempt("field4", lambda: uuid.UUID(fields=(1, 2, 3, 256, 5, 6)))
attempt("version", lambda: uuid.UUID("12345678123456781234567812345678", version=9))
attempt("badhex", lambda: uuid.UUID("12345678-1234-5678-1234-56781234567g"))
attempt("spaces", lambda: uuid.UUID("  12345678-1234-5678-1234-567812345678 "))
attempt("int-arg", lambda: uuid.UUID(12))
