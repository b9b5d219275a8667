import base64

for raw in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    enc = base64.b64encode(raw)
    print(raw[:12], enc, base64.b64decode(enc) == raw)
print(base64.b64decode("Zm9vYmFy"))
print(base64.b64decode(b"Zm9v YmFy\n"))
print(base64.standard_b64encode(b"hi there"), base64.standard_b64decode("aGkgdGhlcmU="))
print(base64.b64encode(bytearray(b"ab")), base64.b64decode(bytearray(b"YWI=")))
print(base64.b64encode(memoryview(b"xyz")))
token = base64.b64encode("héllo wörld".encode("utf-8")).decode("ascii")
print(token, base64.b64decode(token).decode("utf-8"))
