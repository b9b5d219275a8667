import hashlib

print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 4096, 32).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pass", b"NaCl", 3, 80).hex())
print(hashlib.pbkdf2_hmac("md5", b"k" * 100, bytearray(b"s"), 5, 7).hex())
print(len(hashlib.pbkdf2_hmac("sha384", b"pw", b"salt", 1)))
for args in [("sha256", b"pw", b"s", 0), ("sha256", b"pw", b"s", 1, 0), ("sha256", "pw", b"s", 1)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
