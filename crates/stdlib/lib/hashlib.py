"""Secure hashes and message digests, written in plain Python.

Provides md5 (RFC 1321) and the SHA family sha1, sha224, sha256, sha384, sha512 (FIPS 180-4)
behind the usual hash object API: update(), digest(), hexdigest(), copy() and the attributes
name, digest_size and block_size.  `new(name, data)` picks an algorithm by name (any case),
`pbkdf2_hmac` derives keys (PKCS #5 v2) and `file_digest` hashes a binary file object.
"""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _as_bytes(data):
    """Return the bytes of a bytes-like object, with hashlib's error messages."""
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError('object supporting the buffer API required')


# ---------------------------------------------------------------- MD5 (RFC 1321)

def _md5_table():
    """The 64 sine-derived additive constants T[i] = floor(abs(sin(i + 1)) * 2**32)."""
    from math import sin
    return [int(abs(sin(i + 1)) * 4294967296) & _M32 for i in range(64)]


_MD5_T = _md5_table()
_MD5_S = ([7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 +
          [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4)
_MD5_IDX = ([i for i in range(16)] + [(5 * i + 1) % 16 for i in range(16)] +
            [(3 * i + 5) % 16 for i in range(16)] + [(7 * i) % 16 for i in range(16)])


def _md5_compress(state, block):
    """Process one 64-byte block; return the new four-word state."""
    x = [int.from_bytes(block[4 * i:4 * i + 4], 'little') for i in range(16)]
    a, b, c, d = state
    for i in range(64):
        rnd = i >> 4
        if rnd == 0:
            f = (b & c) | (~b & d)
        elif rnd == 1:
            f = (b & d) | (c & ~d)
        elif rnd == 2:
            f = b ^ c ^ d
        else:
            f = c ^ (b | (~d & _M32))
        t = (a + (f & _M32) + _MD5_T[i] + x[_MD5_IDX[i]]) & _M32
        s = _MD5_S[i]
        t = ((t << s) | (t >> (32 - s))) & _M32
        a, b, c, d = d, (b + t) & _M32, b, c
    return [(state[0] + a) & _M32, (state[1] + b) & _M32,
            (state[2] + c) & _M32, (state[3] + d) & _M32]


# ---------------------------------------------------------------- SHA-1

def _rotl32(v, n):
    return ((v << n) | (v >> (32 - n))) & _M32


def _sha1_compress(state, block):
    w = [int.from_bytes(block[4 * i:4 * i + 4], 'big') for i in range(16)]
    for t in range(16, 80):
        w.append(_rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1))
    a, b, c, d, e = state
    for t in range(80):
        if t < 20:
            f = (b & c) | (~b & d)
            k = 0x5A827999
        elif t < 40:
            f = b ^ c ^ d
            k = 0x6ED9EBA1
        elif t < 60:
            f = (b & c) | (b & d) | (c & d)
            k = 0x8F1BBCDC
        else:
            f = b ^ c ^ d
            k = 0xCA62C1D6
        tmp = (_rotl32(a, 5) + (f & _M32) + e + k + w[t]) & _M32
        a, b, c, d, e = tmp, a, _rotl32(b, 30), c, d
    return [(s + v) & _M32 for s, v in zip(state, (a, b, c, d, e))]


# ---------------------------------------------------------------- SHA-2 constants

def _primes(count):
    found = []
    n = 2
    while len(found) < count:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
        n += 1
    return found


def _iroot(n, k):
    """Integer floor of the k-th root of n (Newton's method on integers)."""
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def _frac_root_bits(p, k, bits):
    """The first `bits` bits of the fractional part of p ** (1/k)."""
    return _iroot(p << (bits * k), k) & ((1 << bits) - 1)


_PRIMES = _primes(80)
_K256 = [_frac_root_bits(p, 3, 32) for p in _PRIMES[:64]]
_K512 = [_frac_root_bits(p, 3, 64) for p in _PRIMES]
_H256 = [_frac_root_bits(p, 2, 32) for p in _PRIMES[:8]]
_H512 = [_frac_root_bits(p, 2, 64) for p in _PRIMES[:8]]
_H224 = [_frac_root_bits(p, 2, 64) & _M32 for p in _PRIMES[8:16]]
_H384 = [_frac_root_bits(p, 2, 64) for p in _PRIMES[8:16]]


def _sha256_compress(state, block):
    w = [int.from_bytes(block[4 * i:4 * i + 4], 'big') for i in range(16)]
    for t in range(16, 64):
        x = w[t - 15]
        s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3)
        x = w[t - 2]
        s1 = ((x >> 17) | (x << 15)) ^ ((x >> 19) | (x << 13)) ^ (x >> 10)
        w.append((w[t - 16] + (s0 & _M32) + w[t - 7] + (s1 & _M32)) & _M32)
    a, b, c, d, e, f, g, h = state
    for t in range(64):
        S1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))
        ch = (e & f) ^ (~e & g)
        t1 = (h + (S1 & _M32) + (ch & _M32) + _K256[t] + w[t]) & _M32
        S0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))
        maj = (a & b) ^ (a & c) ^ (b & c)
        t2 = ((S0 & _M32) + maj) & _M32
        h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
    return [(s + v) & _M32 for s, v in zip(state, (a, b, c, d, e, f, g, h))]


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


def _sha512_compress(state, block):
    w = [int.from_bytes(block[8 * i:8 * i + 8], 'big') for i in range(16)]
    for t in range(16, 80):
        x = w[t - 15]
        s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
        x = w[t - 2]
        s1 = _rotr64(x, 19) ^ _rotr64(x, 61) ^ (x >> 6)
        w.append((w[t - 16] + s0 + w[t - 7] + s1) & _M64)
    a, b, c, d, e, f, g, h = state
    for t in range(80):
        S1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
        ch = (e & f) ^ (~e & g & _M64)
        t1 = (h + S1 + ch + _K512[t] + w[t]) & _M64
        S0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
        maj = (a & b) ^ (a & c) ^ (b & c)
        t2 = (S0 + maj) & _M64
        h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M64, c, b, a, (t1 + t2) & _M64
    return [(s + v) & _M64 for s, v in zip(state, (a, b, c, d, e, f, g, h))]


# ---------------------------------------------------------------- the algorithm table

# name: (initial state, compress, block size, word bytes, byte order, length-field bytes, digest size)
_ALGOS = {
    'md5': ([0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476], _md5_compress,
            64, 4, 'little', 8, 16),
    'sha1': ([0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0], _sha1_compress,
             64, 4, 'big', 8, 20),
    'sha224': (_H224, _sha256_compress, 64, 4, 'big', 8, 28),
    'sha256': (_H256, _sha256_compress, 64, 4, 'big', 8, 32),
    'sha384': (_H384, _sha512_compress, 128, 8, 'big', 16, 48),
    'sha512': (_H512, _sha512_compress, 128, 8, 'big', 16, 64),
}


class HASH:
    """A hash object: feed it bytes with update() and read the digest at any time."""

    __slots__ = ('_name', '_state', '_buffer', '_length')

    def __init__(self, name, data=b''):
        self._name = name
        self._state = list(_ALGOS[name][0])
        self._buffer = b''
        self._length = 0
        if data:
            self.update(data)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _ALGOS[self._name][6]

    @property
    def block_size(self):
        return _ALGOS[self._name][2]

    def update(self, data, /):
        """Update this hash object's state with the provided bytes."""
        data = _as_bytes(data)
        _, compress, bs = _ALGOS[self._name][:3]
        self._length += len(data)
        buf = self._buffer + data
        state = self._state
        end = len(buf) - len(buf) % bs
        for i in range(0, end, bs):
            state = compress(state, buf[i:i + bs])
        self._state = state
        self._buffer = buf[end:]

    def copy(self):
        """Return a copy of the hash object."""
        other = HASH.__new__(HASH)
        other._name = self._name
        other._state = list(self._state)
        other._buffer = self._buffer
        other._length = self._length
        return other

    def digest(self):
        """Return the digest value as a bytes object."""
        _, compress, bs, wb, order, lenbytes, size = _ALGOS[self._name]
        bitlen = (self._length * 8) & ((1 << (8 * lenbytes)) - 1)
        pad = b'\x80' + b'\x00' * ((bs - lenbytes - 1 - len(self._buffer)) % bs)
        tail = self._buffer + pad + bitlen.to_bytes(lenbytes, order)
        state = self._state
        for i in range(0, len(tail), bs):
            state = compress(state, tail[i:i + bs])
        out = b''.join(v.to_bytes(wb, order) for v in state)
        return out[:size]

    def hexdigest(self):
        """Return the digest value as a string of hexadecimal digits."""
        return self.digest().hex()

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self._name, hex(id(self)))


def _constructor(algo):
    def construct(string=b'', *, usedforsecurity=True):
        return HASH(algo, _as_bytes(string))
    construct.__name__ = 'openssl_' + algo
    construct.__qualname__ = construct.__name__
    construct.__doc__ = 'Returns a %s hash object; optionally initialized with a string' % algo
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')

algorithms_guaranteed = frozenset(_ALGOS)
algorithms_available = set(_ALGOS)


def new(name, data=b'', **kwargs):
    """A hash object for the algorithm called name (any letter case), fed data if given."""
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    key = name.lower()
    if key not in _ALGOS:
        raise ValueError('unsupported hash type ' + name)
    return HASH(key, _as_bytes(data))


def _bytes_arg(value):
    if isinstance(value, bytes):
        return value
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Derive a key of dklen bytes from password and salt with PBKDF2 (RFC 8018) over
    HMAC-<hash_name>, iterating the HMAC `iterations` times per output block."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    password = _bytes_arg(password)
    salt = _bytes_arg(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    key = hash_name.lower()
    if key not in _ALGOS:
        raise ValueError('unsupported hash type ' + hash_name)
    block = _ALGOS[key][2]
    if dklen is None:
        dklen = _ALGOS[key][6]
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    if len(password) > block:
        password = new(key, password).digest()
    password = password.ljust(block, b'\x00')
    inner = new(key, bytes(b ^ 0x36 for b in password))
    outer = new(key, bytes(b ^ 0x5C for b in password))

    def prf(msg):
        i = inner.copy()
        o = outer.copy()
        i.update(msg)
        o.update(i.digest())
        return o.digest()

    out = b''
    counter = 1
    while len(out) < dklen:
        u = prf(salt + counter.to_bytes(4, 'big'))
        acc = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(len(u), 'big')
        counter += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Read the binary file object fileobj to its end and return the hash object for it;
    digest is an algorithm name or a constructor of hash objects."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    getbuffer = getattr(fileobj, 'getbuffer', None)
    if getbuffer is not None:
        digestobj.update(getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError("'%r' is not a file-like object in binary reading mode." % fileobj)
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
