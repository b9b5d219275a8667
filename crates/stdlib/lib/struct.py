"""Pack and unpack Python values to and from C-style binary records.

A format string describes the layout: an optional first character chooses the
byte order, size and alignment ('@' native with alignment, '=' native order
with standard sizes, '<' little-endian, '>' and '!' big-endian), followed by
format characters, each optionally preceded by a repeat count.
"""

import math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

# Sizes used with '@' (native, this is a 64-bit little-endian machine).
_NATIVE_SIZES = {
    "x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
    "l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "e": 2, "f": 4, "d": 8,
    "s": 1, "p": 1, "P": 8,
}
# Sizes used with '=', '<', '>' and '!'.
_STANDARD_SIZES = {
    "x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4,
    "l": 4, "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8, "s": 1, "p": 1,
}
_INT_CODES = "bBhHiIlLqQnNP"
_SIGNED = "bhilqn"
# Names CPython uses in its range error messages for small integer types.
_RANGE_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}

# Float layouts: (exponent bits, fraction bits).
_FLOAT_LAYOUT = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}


def _to_bytes_like(obj):
    """Return the contents of a bytes-like object as bytes (str is refused)."""
    if isinstance(obj, bytes):
        return obj
    if isinstance(obj, (bytearray, memoryview)):
        return bytes(obj)
    if not isinstance(obj, str):
        try:
            return bytes(memoryview(obj))
        except TypeError:
            pass
    raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)


def _parse(fmt):
    """Return (byte order '<' or '>', native flag, item list, size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("latin-1")
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    if "\x00" in fmt:
        raise error("embedded null character")
    native = True
    order = "<"
    pos = 0
    if fmt and fmt[0] in "@=<>!":
        prefix = fmt[0]
        pos = 1
        if prefix != "@":
            native = False
        if prefix in ">!":
            order = ">"
    sizes = _NATIVE_SIZES if native else _STANDARD_SIZES
    items = []  # (code, count, offset)
    offset = 0
    n = len(fmt)
    while pos < n:
        ch = fmt[pos]
        if ch.isspace():
            pos += 1
            continue
        count = 1
        if "0" <= ch <= "9":
            start = pos
            while pos < n and "0" <= fmt[pos] <= "9":
                pos += 1
            if pos >= n:
                raise error("repeat count given without format specifier")
            count = int(fmt[start:pos])
            if count > 2 ** 62:
                raise error("total struct size too long")
            ch = fmt[pos]
        pos += 1
        if ch not in sizes:
            raise error("bad char in struct format")
        size = sizes[ch]
        if native and ch not in "xcbB?sp" and size > 1:
            offset = (offset + size - 1) // size * size
        items.append((ch, count, offset))
        offset += size * count
        if offset > 2 ** 62:
            raise error("total struct size too long")
    return order, native, items, offset


def _as_int(value, code, size, big):
    if not isinstance(value, int):
        index = getattr(type(value), "__index__", None)
        if index is None:
            raise error("required argument is not an integer")
        value = index(value)
    bits = 8 * size
    if code == "P":
        if value < -2 ** 63 or value >= 2 ** 64:
            raise error("int too large to convert")
        return value % 2 ** 64
    if big and code in "qQ":
        lo, hi = (-2 ** 63, 2 ** 63 - 1) if code == "q" else (0, 2 ** 64 - 1)
        if value < lo or value > hi:
            raise error("int too large to convert")
        return value % 2 ** 64
    if code in _SIGNED:
        if value < -2 ** 63 or value >= 2 ** 63:
            raise error("argument out of range")
        lo, hi = -2 ** (bits - 1), 2 ** (bits - 1) - 1
    elif code == "B" or code == "H" and not big:
        if value < -2 ** 63 or value >= 2 ** 63:
            raise error("argument out of range")
        lo, hi = 0, 2 ** bits - 1
    else:
        if value < 0 or value >= 2 ** 64:
            raise error("argument out of range")
        lo, hi = 0, 2 ** bits - 1
    if value < lo or value > hi:
        name = _RANGE_NAMES.get(code, "'%s'" % code)
        if big and code in "hH":
            name = "'%s'" % code
        raise error("%s format requires %d <= number <= %d" % (name, lo, hi))
    return value % 2 ** bits


def _as_float(value):
    if isinstance(value, float):
        return value
    if getattr(type(value), "__float__", None) is None and \
            getattr(type(value), "__index__", None) is None:
        raise error("required argument is not a float")
    return float(value)


def _float_bits(x, code, native=False):
    """Encode the float x in the IEEE-754 layout of format code as an int."""
    ebits, fbits = _FLOAT_LAYOUT[code]
    bias = (1 << (ebits - 1)) - 1
    emax_field = (1 << ebits) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (ebits + fbits)) | (emax_field << fbits) | (1 << (fbits - 1))
    if x in (math.inf, -math.inf):
        return (sign << (ebits + fbits)) | (emax_field << fbits)
    x = abs(x)
    if x == 0.0:
        return sign << (ebits + fbits)
    # Exact decomposition: x == mant * 2**exp, mant an odd or 53-bit integer.
    m, e = math.frexp(x)           # x = m * 2**e, 0.5 <= m < 1
    mant = int(m * (1 << 53))      # exact, 53 significant bits
    exp = e - 53
    # Value is mant * 2**exp. Choose the target exponent for the encoding.
    top = e - 1                    # x = 1.xxx * 2**top
    if top < 1 - bias:
        shift_exp = 1 - bias - fbits   # subnormal: unit is 2**(1-bias-fbits)
    else:
        shift_exp = top - fbits
    shift = shift_exp - exp
    if shift > 0:
        q = mant >> shift
        rem = mant - (q << shift)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and q & 1):
            q += 1
    else:
        q = mant << -shift
    # q is the significand in units of 2**shift_exp.
    if q >= (1 << (fbits + 1)):
        q >>= 1
        shift_exp += 1
    if q < (1 << fbits):
        field, frac = 0, q         # subnormal
    else:
        field = shift_exp + fbits + bias
        frac = q - (1 << fbits)
    if field >= emax_field:
        if native and code == "f":
            # A native C cast saturates to infinity instead of failing.
            return (sign << (ebits + fbits)) | (emax_field << fbits)
        raise OverflowError("float too large to pack with %s format" % code)
    return (sign << (ebits + fbits)) | (field << fbits) | frac


def _bits_float(bits, code):
    ebits, fbits = _FLOAT_LAYOUT[code]
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + fbits) else 1.0
    field = (bits >> fbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << fbits) - 1)
    if field == (1 << ebits) - 1:
        if frac:
            return math.copysign(math.nan, sign)
        return sign * math.inf
    if field == 0:
        return sign * math.ldexp(frac, 1 - bias - fbits)
    return sign * math.ldexp(frac | (1 << fbits), field - bias - fbits)


def _pack_items(order, native, items, size, args, out, base):
    """Write args into bytearray out at base; return None."""
    sizes = _NATIVE_SIZES if native else _STANDARD_SIZES
    endian = "little" if order == "<" else "big"
    big = order == ">"
    ai = 0
    for code, count, offset in items:
        pos = base + offset
        if code == "x":
            continue
        if code in "sp":
            value = args[ai]
            ai += 1
            if not isinstance(value, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            value = bytes(value)
            if code == "s":
                chunk = value[:count]
            else:
                if count == 0:
                    continue
                chunk = value[:count - 1]
                chunk = bytes([min(len(chunk), 255)]) + chunk
            chunk = chunk + b"\x00" * (count - len(chunk))
            out[pos:pos + count] = chunk
            continue
        itemsize = sizes[code]
        for _ in range(count):
            value = args[ai]
            ai += 1
            if code == "c":
                if not isinstance(value, bytes) or len(value) != 1:
                    raise error("char format requires a bytes object of length 1")
                raw = bytes(value)
            elif code == "?":
                raw = b"\x01" if value else b"\x00"
            elif code in _INT_CODES:
                raw = _as_int(value, code, itemsize, big).to_bytes(itemsize, endian)
            else:
                raw = _float_bits(_as_float(value), code, native).to_bytes(itemsize, endian)
            out[pos:pos + itemsize] = raw
            pos += itemsize


def _unpack_items(order, native, items, data, base):
    sizes = _NATIVE_SIZES if native else _STANDARD_SIZES
    endian = "little" if order == "<" else "big"
    result = []
    for code, count, offset in items:
        pos = base + offset
        if code == "x":
            continue
        if code == "s":
            result.append(bytes(data[pos:pos + count]))
            continue
        if code == "p":
            if count == 0:
                result.append(b"")
                continue
            n = min(data[pos], count - 1)
            result.append(bytes(data[pos + 1:pos + 1 + n]))
            continue
        itemsize = sizes[code]
        for _ in range(count):
            raw = data[pos:pos + itemsize]
            pos += itemsize
            if code == "c":
                result.append(bytes(raw))
            elif code == "?":
                result.append(raw != b"\x00")
            elif code in _INT_CODES:
                result.append(int.from_bytes(raw, endian, signed=code in _SIGNED))
            else:
                result.append(_bits_float(int.from_bytes(raw, endian), code))
    return tuple(result)


def _nargs(items):
    total = 0
    for code, count, _ in items:
        if code == "x":
            continue
        total += 1 if code in "sp" else count
    return total


class Struct:
    """Struct(format) -> compiled struct object for repeated packing."""

    def __init__(self, format):
        self._order, self._native, self._items, self._size = _parse(format)
        if isinstance(format, bytes):
            format = format.decode("latin-1")
        self._format = format
        self._nargs = _nargs(self._items)

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *args):
        if len(args) != self._nargs:
            raise error("pack expected %d items for packing (got %d)"
                        % (self._nargs, len(args)))
        out = bytearray(self._size)
        _pack_items(self._order, self._native, self._items, self._size, args, out, 0)
        return bytes(out)

    def pack_into(self, buffer, offset, *args):
        if len(args) != self._nargs:
            raise error("pack_into expected %d items for packing (got %d)"
                        % (self._nargs, len(args)))
        if not isinstance(buffer, (bytearray, memoryview)) or \
                isinstance(buffer, memoryview) and buffer.readonly:
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        offset = _index(offset)
        buflen = len(buffer)
        if offset < 0:
            if offset + self._size > 0:
                raise error("no space to pack %d bytes at offset %d"
                            % (self._size, offset))
            if offset + buflen < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset, buflen))
            offset += buflen
        if buflen - offset < self._size:
            raise error("pack_into requires a buffer of at least %d bytes for packing"
                        " %d bytes at offset %d (actual buffer size is %d)"
                        % (self._size + offset, self._size, offset, buflen))
        tmp = bytearray(self._size)
        _pack_items(self._order, self._native, self._items, self._size, args, tmp, 0)
        buffer[offset:offset + self._size] = tmp

    def unpack(self, buffer):
        data = _to_bytes_like(buffer)
        if len(data) != self._size:
            raise error("unpack requires a buffer of %d bytes" % self._size)
        return _unpack_items(self._order, self._native, self._items, data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _to_bytes_like(buffer)
        offset = _index(offset)
        buflen = len(data)
        if offset < 0:
            if offset + buflen < 0:
                raise error("offset %d out of range for %d-byte buffer"
                            % (offset, buflen))
            offset += buflen
        if buflen - offset < self._size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (self._size + offset, self._size, offset, buflen))
        return _unpack_items(self._order, self._native, self._items, data, offset)

    def iter_unpack(self, buffer):
        data = _to_bytes_like(buffer)
        if self._size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self._size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self._size)
        return _iter_unpack(self, data)


def _iter_unpack(st, data):
    for base in range(0, len(data), st._size):
        yield _unpack_items(st._order, st._native, st._items, data, base)


def _index(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return index(value)


_cache = {}


def _compile(fmt):
    st = _cache.get(fmt) if isinstance(fmt, (str, bytes)) else None
    if st is None:
        st = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = st
    return st


def calcsize(format):
    """Return the size in bytes of the struct described by format."""
    return _compile(format).size


def pack(format, *args):
    """Pack the values according to format and return the bytes."""
    return _compile(format).pack(*args)


def pack_into(format, buffer=None, offset=None, *args):
    """Pack the values into a writable buffer starting at offset."""
    if offset is None:
        if buffer is None:
            raise error("pack_into expected buffer argument")
        raise error("pack_into expected offset argument")
    return _compile(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    """Unpack the buffer (of exactly calcsize(format) bytes) into a tuple."""
    return _compile(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """Unpack from buffer starting at offset."""
    return _compile(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """Return an iterator unpacking consecutive records from buffer."""
    return _compile(format).iter_unpack(buffer)
