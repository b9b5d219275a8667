"""UUID objects (universally unique identifiers) as specified in RFC 4122.

`UUID` is an immutable 128-bit value that can be built from a hex string, 16 bytes (big- or
little-endian fields), a 6-tuple of fields or an int, and exposes those forms as attributes.
uuid1() makes a time-based UUID (with a random multicast node instead of a hardware address),
uuid3() and uuid5() name-based ones (MD5 and SHA-1), uuid4() a random one.
"""

import os as _os
from enum import Enum as _Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_MAX128 = 1 << 128


class SafeUUID(_Enum):
    """Whether the platform generated a UUID in a multiprocessing-safe way."""
    safe = 0
    unsafe = -1
    unknown = None


# (bit width, name) of the six fields, most significant first.
_FIELDS = ((32, 1), (16, 2), (16, 3), (8, 4), (8, 5), (48, 6))


class UUID:
    """An immutable UUID.  Construct it from exactly one of: a hex string (braces, hyphens and
    a 'urn:uuid:' prefix are allowed), bytes (16 big-endian bytes), bytes_le (the first three
    fields little-endian), fields (six integers) or int (128 bits).  version, when given,
    overwrites the variant and version bits to make an RFC 4122 UUID of that version.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            text = hex.replace('urn:', '').replace('uuid:', '')
            text = text.strip('{}').replace('-', '')
            if len(text) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = _int(text, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = (bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            int = _int.from_bytes(bytes, 'big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            int = 0
            for value, (width, number) in zip(fields, _FIELDS):
                if not 0 <= value < (1 << width):
                    article = 'an' if width == 8 else 'a'
                    raise ValueError('field %d out of range (need %s %d-bit value)'
                                     % (number, article, width))
                int = (int << width) | value
        if not 0 <= int < _MAX128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # RFC 4122 variant: bits 10 at the top of clock_seq_hi_variant.
            int &= ~(0xC000 << 48)
            int |= 0x8000 << 48
            # The version goes in the top four bits of time_hi_version.
            int &= ~(0xF000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe',
                           SafeUUID(state['is_safe']) if 'is_safe' in state
                           else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        return (((self.time_hi_version & 0x0FFF) << 48) |
                (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = self.clock_seq_hi_variant
        if not top & 0x80:
            return RESERVED_NCS
        if not top & 0x40:
            return RFC_4122
        if not top & 0x20:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xF
        return None


# `int` is shadowed by a parameter name inside UUID.__init__; keep the builtin at hand.
_int = int

_node = None


def getnode():
    """Return a 48-bit node number for this process.  No hardware address is read: a random
    number with the multicast bit set (as RFC 4122 allows) is chosen once and reused."""
    global _node
    if _node is None:
        _node = _int.from_bytes(_os.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """Generate a UUID from a host ID, sequence number, and the current time.
    node defaults to getnode(); clock_seq defaults to a random 14-bit number."""
    global _last_timestamp
    import time
    nanoseconds = time.time_ns()
    # 100-ns intervals since the Gregorian reform, 1582-10-15.
    timestamp = nanoseconds // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _int.from_bytes(_os.urandom(2), 'big') & 0x3FFF
    if node is None:
        node = getnode()
    time_low = timestamp & 0xFFFFFFFF
    time_mid = (timestamp >> 32) & 0xFFFF
    time_hi_version = (timestamp >> 48) & 0x0FFF
    clock_seq_low = clock_seq & 0xFF
    clock_seq_hi_variant = (clock_seq >> 8) & 0x3F
    return UUID(fields=(time_low, time_mid, time_hi_version,
                        clock_seq_hi_variant, clock_seq_low, node), version=1)


def uuid3(namespace, name):
    """Generate a UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """Generate a random UUID."""
    return UUID(bytes=_os.urandom(16), version=4)


def uuid5(namespace, name):
    """Generate a UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=5)


def _name_bytes(name):
    if isinstance(name, str):
        return name.encode('utf-8')
    # Same complaint as bytes(obj, 'utf-8') for a non-str argument.
    raise TypeError('encoding without a string argument')


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')


def main():
    """Command-line entry: print a UUID (python -m uuid [-u uuid4] [-n NS -N NAME])."""
    import sys
    args = sys.argv[1:]
    kind = 'uuid4'
    namespace = name = None
    i = 0
    while i < len(args):
        if args[i] in ('-u', '--uuid') and i + 1 < len(args):
            kind = args[i + 1]
            i += 2
        elif args[i] in ('-n', '--namespace') and i + 1 < len(args):
            namespace = args[i + 1]
            i += 2
        elif args[i] in ('-N', '--name') and i + 1 < len(args):
            name = args[i + 1]
            i += 2
        else:
            i += 1
    func = {'uuid1': uuid1, 'uuid3': uuid3, 'uuid4': uuid4, 'uuid5': uuid5}[kind]
    if kind in ('uuid3', 'uuid5'):
        namespaces = {'@dns': NAMESPACE_DNS, '@url': NAMESPACE_URL,
                      '@oid': NAMESPACE_OID, '@x500': NAMESPACE_X500}
        ns = namespaces[namespace] if namespace in namespaces else UUID(namespace)
        print(func(ns, name))
    else:
        print(func())


if __name__ == '__main__':
    main()
