import secrets

for _ in range(200):
    assert 0 <= secrets.randbelow(10) < 10
    assert 0 <= secrets.randbits(12) < 4096
print(secrets.randbelow(1), secrets.randbits(0), secrets.choice(["only"]))
print(secrets.choice("abc") in "abc")
sr = secrets.SystemRandom()
print(type(sr).__name__, 1 <= sr.randint(1, 6) <= 6)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"))
for func, args in [(secrets.randbelow, (0,)), (secrets.randbelow, (-3,)), (secrets.randbits, (-1,)),
                   (secrets.choice, ([],)), (secrets.token_bytes, (-1,)), (secrets.token_bytes, (2.0,))]:
    try:
        func(*args)
    except Exception as exc:
        print(type(exc).__name__, exc)
