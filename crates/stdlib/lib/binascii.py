"""Conversions between binary data and ASCII encodings (hex, base64, CRCs)."""

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
           "b2a_base64", "a2b_base64", "b2a_uu", "a2b_uu", "b2a_qp",
           "a2b_qp", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {}
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
_HEX = b"0123456789abcdef"


def _binary(data):
    """Return data (any bytes-like object) as bytes; str is refused."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    if not isinstance(data, str):
        try:
            return bytes(memoryview(data))
        except TypeError:
            pass
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_input(data):
    """Return data as bytes; an ASCII-only str is accepted too."""
    if isinstance(data, str):
        for ch in data:
            if ord(ch) > 127:
                raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def hexlify(data, sep=None, bytes_per_sep=1):
    """Return the hexadecimal representation of the binary data.

    If sep is given, it is inserted between groups of bytes_per_sep bytes,
    counting from the right (or from the left when bytes_per_sep < 0).
    """
    data = _binary(data)
    out = bytearray()
    for byte in data:
        out.append(_HEX[byte >> 4])
        out.append(_HEX[byte & 15])
    if sep is None or not data:
        return bytes(out)
    if isinstance(sep, str):
        sep = sep.encode("latin-1")
    elif len(sep) != 1:
        raise ValueError("sep must be length 1.")
    else:
        sep = _binary(sep)
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    group = abs(bytes_per_sep)
    if group == 0:
        return bytes(out)
    hexed = bytes(out)
    n = len(data)
    chunks = []
    if bytes_per_sep > 0:
        first = n % group or group
        chunks.append(hexed[:2 * first])
        pos = first
        while pos < n:
            chunks.append(hexed[2 * pos:2 * (pos + group)])
            pos += group
    else:
        pos = 0
        while pos < n:
            chunks.append(hexed[2 * pos:2 * (pos + group)])
            pos += group
    return sep.join(chunks)


b2a_hex = hexlify


def unhexlify(hexstr):
    """Return the binary data represented by the hexadecimal string."""
    data = _ascii_input(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _hex_digit(data[i])
        lo = _hex_digit(data[i + 1])
        out.append(hi * 16 + lo)
    return bytes(out)


a2b_hex = unhexlify


def _hex_digit(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    raise Error("Non-hexadecimal digit found")


def b2a_base64(data, *, newline=True):
    """Base64-encode data; a newline is appended unless newline is false."""
    data = _binary(data)
    out = bytearray()
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b"=="
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b"="
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode base64 data.

    Outside strict mode, characters outside the alphabet are skipped and
    decoding stops at the padding that completes a group.
    """
    data = _ascii_input(data)
    out = bytearray()
    quad = 0          # position inside the current group of four
    acc = 0
    pads = 0
    padding_started = False
    ndata = 0
    i = 0
    n = len(data)
    finished = False
    while i < n:
        c = data[i]
        i += 1
        if c == 61:   # '='
            if strict_mode and i == 1:
                raise Error("Leading padding not allowed")
            padding_started = True
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if strict_mode and i < n:
                    raise Error("Excess data after padding")
                finished = True
                break
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        ndata += 1
        acc = (acc << 6) | value
        quad += 1
        if quad == 2:
            out.append((acc >> 4) & 255)
        elif quad == 3:
            out.append((acc >> 2) & 255)
        elif quad == 4:
            out.append(acc & 255)
            quad = 0
            acc = 0
    if not finished and quad:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data characters "
                        "(%d) cannot be 1 more than a multiple of 4" % ndata)
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_uu(data, *, backtick=False):
    """Uuencode one line (at most 45 bytes) of data, newline included."""
    data = _binary(data)
    if len(data) > 45:
        raise Error("At most 45 bytes at once")

    def char(v):
        if v == 0 and backtick:
            return 96
        return 32 + v

    out = bytearray([char(len(data))])
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        v = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        for shift in (18, 12, 6, 0):
            out.append(char((v >> shift) & 63))
    out.append(10)
    return bytes(out)


def a2b_uu(data):
    """Decode one uuencoded line back to binary data."""
    data = _ascii_input(data)
    n = len(data)
    first = data[0] if n else 0
    length = (first - 32) & 63
    out = bytearray()
    acc = 0
    nbits = 0
    pos = 1
    while len(out) < length:
        c = data[pos] if pos < n else 10
        pos += 1
        if c in (10, 13):
            value = 0        # line ends (and missing characters) count as zeros
        else:
            if c < 32 or c > 96:
                raise Error("Illegal char")
            value = (c - 32) & 63
        acc = (acc << 6) | value
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 255)
            acc &= (1 << nbits) - 1
    while pos < n:
        c = data[pos]
        pos += 1
        if c not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
    return bytes(out)


def a2b_qp(data, header=False):
    """Decode quoted-printable data."""
    data = _ascii_input(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 61:  # '='
            if i + 1 >= n:
                break  # a lone '=' at the very end is dropped
            nxt = data[i + 1]
            if nxt == 10 or nxt == 13:
                # Soft line break: skip to the start of the next line.
                j = data.find(b"\n", i + 1)
                i = n if j < 0 else j + 1
                continue
            if nxt == 61:
                out.append(61)
                i += 2
                continue
            if i + 2 < n and _is_hex(nxt) and _is_hex(data[i + 2]):
                out.append(_hex_digit(nxt) * 16 + _hex_digit(data[i + 2]))
                i += 3
                continue
            out.append(61)
            i += 1
            continue
        if header and c == 95:
            out.append(32)
        else:
            out.append(c)
        i += 1
    return bytes(out)


def _is_hex(c):
    return 48 <= c <= 57 or 65 <= c <= 70 or 97 <= c <= 102


_HEX_UPPER = b"0123456789ABCDEF"


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode data as quoted-printable (lines of at most 76 characters)."""
    data = _binary(data)
    n = len(data)
    nl = data.find(b"\n")
    crlf = nl > 0 and data[nl - 1] == 13
    newline = b"\r\n" if crlf else b"\n"
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        if istext and (c == 10 or (c == 13 and i + 1 < n and data[i + 1] == 10)):
            if linelen and out[-1] in (9, 32):
                # Whitespace before a line break must be protected.
                last = out[-1]
                del out[-1]
                out += b"=" + _HEX_UPPER[last >> 4:(last >> 4) + 1] + \
                    _HEX_UPPER[last & 15:(last & 15) + 1]
            if c == 13:
                i += 1
            out += newline
            linelen = 0
            i += 1
            continue
        # Is this the last character, or is it followed by a line feed?
        at_eol = i + 1 >= n or data[i + 1] == 10
        encode = (c > 126 or c == 61 or (header and c == 95)
                  or (c == 46 and linelen == 0 and (i + 1 >= n or data[i + 1] in (10, 13)))
                  or (not istext and c in (10, 13))
                  or (c in (9, 32) and i + 1 >= n)
                  or (c < 33 and c not in (10, 13) and (quotetabs or c not in (9, 32))))
        if encode:
            if linelen + 3 >= 76:
                out += b"=" + newline
                linelen = 0
            out += b"=" + _HEX_UPPER[c >> 4:(c >> 4) + 1] + _HEX_UPPER[c & 15:(c & 15) + 1]
            linelen += 3
        else:
            if linelen + 1 >= 76 and not at_eol:
                out += b"=" + newline
                linelen = 0
            out.append(95 if header and c == 32 else c)
            linelen += 1
        i += 1
    return bytes(out)


def _make_crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = 0xEDB88320 ^ (c >> 1)
            else:
                c >>= 1
        table.append(c)
    return table


def _make_hqx_table():
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            if c & 0x8000:
                c = ((c << 1) ^ 0x1021) & 0xFFFF
            else:
                c = (c << 1) & 0xFFFF
        table.append(c)
    return table


_CRC32_TABLE = _make_crc32_table()
_HQX_TABLE = _make_hqx_table()


def crc32(data, value=0):
    """Compute the CRC-32 of data, continuing from the checksum value."""
    data = _binary(data)
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC32_TABLE
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, value):
    """Compute the CRC-CCITT (XModem) checksum of data starting from value."""
    data = _binary(data)
    crc = value & 0xFFFF
    table = _HQX_TABLE
    for byte in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ byte]
    return crc
