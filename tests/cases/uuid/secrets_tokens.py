import secrets

print(sorted(secrets.__all__), secrets.DEFAULT_ENTROPY)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), secrets.token_bytes(0))
print(len(secrets.token_hex()), len(secrets.token_hex(7)), repr(secrets.token_hex(0)))
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(16)), repr(secrets.token_urlsafe(0)))
for n in range(1, 10):
    tok = secrets.token_urlsafe(n)
    ok = all(c.isalnum() or c in "-_" for c in tok)
    print(n, len(tok), ok, all(c in "0123456789abcdef" for c in secrets.token_hex(n)))
print(type(secrets.token_bytes(3)).__name__, type(secrets.token_hex(3)).__name__)
