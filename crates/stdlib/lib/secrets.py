"""Cryptographically strong random numbers for secrets: tokens, passwords, account keys.

Everything draws from the operating system (os.urandom) through a shared
random.SystemRandom: token_bytes/token_hex/token_urlsafe make tokens of a given number of
bytes (32 by default), choice/randbelow/randbits pick values, and compare_digest (from hmac)
compares secrets in constant time.
"""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

from hmac import compare_digest
from random import SystemRandom

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice

# Number of random bytes a token has when no size is given.
DEFAULT_ENTROPY = 32

_URLSAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return nbytes random bytes (DEFAULT_ENTROPY when nbytes is None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal: two digits per byte of randomness."""
    return token_bytes(nbytes).hex()


def _urlsafe_b64(data):
    """URL-safe base64 of data without '=' padding."""
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        value = int.from_bytes(chunk.ljust(3, b'\x00'), 'big')
        digits = [_URLSAFE_ALPHABET[(value >> shift) & 63] for shift in (18, 12, 6, 0)]
        out.append(''.join(digits[:len(chunk) + 1]))
    return ''.join(out)


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string (base64 without padding) of *nbytes* random bytes;
    each byte gives about 1.3 characters."""
    return _urlsafe_b64(token_bytes(nbytes))
