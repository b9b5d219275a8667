"""Sign and verify messages the way a web app signs cookies."""
import hashlib
import hmac

SECRET = b"server-side-secret"

def sign(value):
    mac = hmac.new(SECRET, value.encode(), hashlib.sha256).hexdigest()
    return value + "." + mac[:16]

def verify(token):
    value, _, mac = token.rpartition(".")
    expected = sign(value).rpartition(".")[2]
    return hmac.compare_digest(mac, expected), value

tokens = [sign("user=alice"), sign("user=bob;admin=0")]
for t in tokens:
    print(t, verify(t))
forged = tokens[1].replace("admin=0", "admin=1")
print(forged, verify(forged))
