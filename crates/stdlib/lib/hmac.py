"""Keyed-hashing for message authentication (HMAC, RFC 2104).

`new(key, msg, digestmod)` returns an HMAC object with update(), digest(), hexdigest() and
copy(); `digest(key, msg, digest)` computes a MAC in one call; `compare_digest(a, b)` compares
two digests in time that does not depend on where they differ.
"""

import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests returned by HMAC depends on the underlying hashing module used.
digest_size = None


def _hash_factory(digestmod):
    """Turn a digestmod (name, constructor or module) into a zero-argument-or-data constructor."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return digestmod.new


def compare_digest(a, b, /):
    """True if a and b are equal, comparing every byte whatever the first difference.

    Both must be ASCII-only str, or both bytes-like objects.
    """
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        buf = (bytes, bytearray, memoryview)
        if isinstance(a, str) or isinstance(b, str):
            if isinstance(a, buf) or isinstance(b, buf):
                raise TypeError("a bytes-like object is required, not 'str'")
        if not (isinstance(a, buf) and isinstance(b, buf)):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
        a = bytes(a)
        b = bytes(b)
    result = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        result |= x ^ y
    return result == 0


class HMAC:
    """An HMAC computation in progress over one hash algorithm."""

    blocksize = 64  # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ('_inner', '_outer', 'block_size', 'digest_size')

    def __init__(self, key, msg=None, digestmod=''):
        """Set up the keyed inner and outer hashes; digestmod (required) is a hash name,
        a constructor returning hash objects, or a module with a new() function.
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        factory = _hash_factory(digestmod)
        self._inner = factory()
        self._outer = factory()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', self.blocksize)
        if blocksize < 16:
            blocksize = self.digest_size
        key = bytes(key)
        if len(key) > blocksize:
            key = factory(key).digest()
        self.block_size = blocksize
        key = key.ljust(blocksize, b'\x00')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy of this HMAC object."""
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the data so far, as bytes; the object can still be updated."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of the data so far, as a hex string."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Return a new HMAC object (see HMAC)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the given digest, computed in one call."""
    return HMAC(key, msg, digest).digest()
