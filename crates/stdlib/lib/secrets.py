"""Cryptographically strong random numbers for secrets: tokens, passwords, account keys.

Everything draws from the operating system (os.urandom) through a shared
random.SystemRandom: token_bytes/token_hex/token_urlsafe make tokens of a given number of
bytes (32 by default), choice/randbelow/randbits pick values, and compare_digest (from hmac)
compares secrets in constant time.
"""

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

import base64
from hmac import compare_digest
from random import SystemRandom

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice

# Number of random bytes a token has when no size is given.
DEFAULT_ENTROPY = 32



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


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string (base64 without padding) of *nbytes* random bytes;
    each byte gives about 1.3 characters."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b"=").decode("ascii")
