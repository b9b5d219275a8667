import hashlib
import hmac

m = hmac.new(b"secret", digestmod="sha256")
print(m.name, m.digest_size, m.block_size)
m.update(b"part one;")
c = m.copy()
m.update(b"part two")
print(m.hexdigest())
print(c.hexdigest())
print(hmac.new(b"secret", b"part one;part two", hashlib.sha256).digest() == m.digest())
print(hmac.new(bytearray(b"k"), b"m", "md5").name)
print(type(m).__name__, hmac.HMAC.blocksize, hmac.digest_size)
print(len(hmac.trans_5C), hmac.trans_36[:4])
