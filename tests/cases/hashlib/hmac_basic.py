import hashlib
import hmac

# RFC 2202 / RFC 4231 style test vectors
print(hmac.new(b"\x0b" * 20, b"Hi There", "md5").hexdigest())
print(hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha1).hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First",
               "sha256").hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "sha512").hexdigest())
print(hmac.digest(b"key", b"msg", "sha384").hex())
print(hmac.new(b"", None, "sha224").hexdigest())
