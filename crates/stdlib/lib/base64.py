"""Base16, Base32, Base64, Base85 and Ascii85 data encodings (RFC 4648 and friends)."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode",
           "b16decode", "b85encode", "b85decode", "a85encode", "a85decode",
           "standard_b64encode", "standard_b64decode", "urlsafe_b64encode",
           "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_input(s):
    """Accept bytes-like objects and ASCII-only strings for the decoders."""
    if isinstance(s, str):
        for ch in s:
            if ord(ch) > 127:
                raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, bytes):
        return s
    if isinstance(s, (bytearray, memoryview)):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, "
                        "not %r" % type(s).__name__) from None


def _encode_input(s):
    """Accept bytes-like objects for the Base32/85 encoders."""
    if isinstance(s, bytes):
        return s
    if isinstance(s, (bytearray, memoryview)):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(s).__name__) from None


def _swap(data, frm, to):
    """Replace each byte of frm found in data by the matching byte of to."""
    table = {}
    for a, b in zip(frm, to):
        table[a] = b
    return bytes(table.get(c, c) for c in data)


# ---------------------------------------------------------------- Base64

def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64 and return bytes.

    altchars, if given, is a 2-byte string replacing '+' and '/'.
    """
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if not isinstance(altchars, bytes_types + (memoryview,)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(altchars).__name__)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        encoded = _swap(encoded, b"+/", bytes(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    With validate=True, any character outside the alphabet is an error;
    otherwise such characters are discarded.
    """
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = _swap(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=bool(validate))


def standard_b64encode(s):
    """Encode s using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s using the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode s with the URL- and filesystem-safe alphabet ('-' and '_')."""
    return _swap(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    """Decode s encoded with the URL- and filesystem-safe alphabet."""
    s = _decode_input(s)
    s = _swap(s, b"-_", b"+/")
    return b64decode(s)


# ---------------------------------------------------------------- Base32

_B32_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX_ALPHABET = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Number of trailing '=' in the last 8-character group -> bytes it holds.
_B32_PAD_BYTES = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    s = _encode_input(s)
    out = bytearray()
    n = len(s)
    for start in range(0, n, 5):
        chunk = s[start:start + 5]
        used = len(chunk)
        value = int.from_bytes(chunk + b"\x00" * (5 - used), "big")
        group = bytearray()
        for shift in range(35, -1, -5):
            group.append(alphabet[(value >> shift) & 31])
        nchars = (used * 8 + 4) // 5
        out += group[:nchars] + b"=" * (8 - nchars)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_input(map01)
        if len(map01) != 1:
            raise AssertionError(repr(map01))
        s = _swap(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    pads = len(s) - len(stripped)
    values = {}
    for i, c in enumerate(alphabet):
        values[c] = i
    out = bytearray()
    for start in range(0, len(s), 8):
        acc = 0
        for pos in range(start, start + 8):
            if pos >= len(stripped):
                acc <<= 5          # trailing padding
                continue
            v = values.get(s[pos])
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) | v
        out += acc.to_bytes(5, "big")
    if pads:
        keep = _B32_PAD_BYTES.get(pads)
        if keep is None:
            raise binascii.Error("Incorrect padding")
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s with Base32 and return bytes."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s.

    casefold accepts lowercase letters; map01 says which letter the digit
    one stands for (zero always maps to the letter O).
    """
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Encode s with the Extended Hex Base32 alphabet."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode s encoded with the Extended Hex Base32 alphabet."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


# ---------------------------------------------------------------- Base16

def b16encode(s):
    """Encode the bytes-like object s with Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---------------------------------------------------------------- Ascii85 / Base85

_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _word_chars(word, alphabet):
    chars = bytearray(5)
    for i in range(4, -1, -1):
        word, r = divmod(word, 85)
        chars[i] = alphabet[r]
    return chars


def _85encode(data, alphabet, pad, zero, spaces):
    padding = (-len(data)) % 4
    data = data + b"\x00" * padding
    out = bytearray()
    last = len(data) - 4
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], "big")
        partial = padding and start == last and not pad
        if zero and word == 0 and not partial:
            out += b"z"
        elif spaces and word == 0x20202020 and not partial:
            out += b"y"
        else:
            out += _word_chars(word, alphabet)
    if padding and not pad:
        if out.endswith(b"z") and zero:
            out[-1:] = b"!!!!!"
        del out[len(out) - padding:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b with Ascii85.

    foldspaces uses 'y' for four spaces, wrapcol inserts newlines, pad
    keeps the padding of the last group and adobe adds the <~ ~> framing.
    """
    b = _encode_input(b)
    alphabet = bytes(range(33, 118))
    result = _85encode(b, alphabet, pad, True, foldspaces)
    if adobe:
        result = b"<~" + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe:
            if len(lines[-1]) + 2 > wrapcol:
                lines.append(b"")
        result = b"\n".join(lines)
    if adobe:
        result += b"~>"
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\x0b"):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b."""
    b = _decode_input(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (b"~>",))
        if b.startswith(b"<~"):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                out += _a85_word(group)
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\x00\x00\x00\x00"
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    if group:
        missing = 5 - len(group)
        out += _a85_word(group + [84] * missing)[:4 - missing]
    return bytes(out)


def _a85_word(group):
    word = 0
    for v in group:
        word = word * 85 + v
    if word > 0xFFFFFFFF:
        raise ValueError("Ascii85 overflow")
    return word.to_bytes(4, "big")


def b85encode(b, pad=False):
    """Encode the bytes-like object b with base85 (as used by git)."""
    b = _encode_input(b)
    return _85encode(b, _B85_ALPHABET, pad, False, False)


def b85decode(b):
    """Decode the base85 encoded bytes-like object or ASCII string b."""
    b = _decode_input(b)
    values = {}
    for i, c in enumerate(_B85_ALPHABET):
        values[c] = i
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = bytearray()
    for start in range(0, len(b), 5):
        word = 0
        for j in range(5):
            v = values.get(b[start + j])
            if v is None:
                raise ValueError("bad base85 character at position %d" % (start + j))
            word = word * 85 + v
        if word > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % start)
        out += word.to_bytes(4, "big")
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


# ---------------------------------------------------------------- legacy interface

def _check_bytes_like(s):
    if isinstance(s, bytes_types):
        return
    try:
        memoryview(s)
    except TypeError:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from None


def encodebytes(s):
    """Encode s into Base64 lines of at most 76 characters, each ending in a newline."""
    _check_bytes_like(s)
    s = bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode a bytestring of Base64 lines."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64-encode the binary file input into the binary file output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Base64-decode the binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
