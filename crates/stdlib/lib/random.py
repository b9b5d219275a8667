"""Pseudo-random numbers: the Mersenne Twister generator and the distributions built on it.

`Random` is a Mersenne Twister (MT19937, period 2**19937-1) that yields the same numbers as
CPython for the same seed: integers seed it through their 32-bit words, str/bytes seeds (version 2)
through the bytes followed by their SHA-512 digest, None through os.urandom. On top of the raw
32-bit outputs sit random() (53-bit floats), getrandbits(), the integer helpers (randrange,
randint), the sequence helpers (choice, choices, shuffle, sample) and the real-valued
distributions (uniform, triangular, normal, lognormal, exponential, von Mises, gamma, beta, Pareto,
Weibull). `SystemRandom` draws from os.urandom instead and has no state.

The module-level functions are bound methods of one hidden shared `Random` instance.
"""

from math import (log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil,
                  sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin,
                  floor as _floor, isfinite as _isfinite)
from os import urandom as _urandom
from operator import index as _index_op
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
from collections.abc import Sequence as _Sequence
import os as _os
import sys as _sys

__all__ = [
    "Random",
    "SystemRandom",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float's significand
RECIP_BPF = 2 ** -BPF
_ONE = 1


# ---------------------------------------------------------------------------
# SHA-512 (FIPS 180-4), used only to turn str/bytes seeds into integers.

_M64 = 0xFFFFFFFFFFFFFFFF

def _sha512_constants():
    # The round constants are the first 64 bits of the fractional parts of the cube roots of
    # the first 80 primes; the initial hash values likewise from the square roots of the first
    # 8 primes. Both are computed exactly with integer roots.
    primes = []
    n = 2
    while len(primes) < 80:
        if all(n % p for p in primes if p * p <= n):
            primes.append(n)
        n += 1

    def iroot(value, k):
        # floor of the k-th root of a non-negative integer (Newton's method)
        if value < 2:
            return value
        x = 1 << ((value.bit_length() + k - 1) // k)
        while True:
            y = ((k - 1) * x + value // x ** (k - 1)) // k
            if y >= x:
                return x
            x = y

    rounds = [iroot(p << 192, 3) & _M64 for p in primes]
    initial = [iroot(p << 128, 2) & _M64 for p in primes[:8]]
    return rounds, initial

_SHA512_K, _SHA512_H = _sha512_constants()


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


def _sha512_digest(data):
    """Return the 64-byte SHA-512 digest of a bytes object."""
    data = bytes(data)
    length_bits = len(data) * 8
    padded = data + b"\x80" + b"\x00" * ((111 - len(data)) % 128) + length_bits.to_bytes(16, "big")
    h = list(_SHA512_H)
    k = _SHA512_K
    for start in range(0, len(padded), 128):
        block = padded[start:start + 128]
        w = [int.from_bytes(block[i:i + 8], "big") for i in range(0, 128, 8)]
        for t in range(16, 80):
            x = w[t - 15]
            s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
            x = w[t - 2]
            s1 = _rotr64(x, 19) ^ _rotr64(x, 61) ^ (x >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _M64)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            big1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            choose = (e & f) ^ (~e & g)
            t1 = (hh + big1 + choose + k[t] + w[t]) & _M64
            big0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            majority = (a & b) ^ (a & c) ^ (b & c)
            t2 = (big0 + majority) & _M64
            hh = g
            g = f
            f = e
            e = (d + t1) & _M64
            d = c
            c = b
            b = a
            a = (t1 + t2) & _M64
        h = [(x + y) & _M64 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b"".join(x.to_bytes(8, "big") for x in h)


# ---------------------------------------------------------------------------
# The Mersenne Twister core.

_N = 624
_M = 397
_MATRIX_A = 0x9908B0DF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_M32 = 0xFFFFFFFF


def _twist(mt):
    """Regenerate all 624 words of the state in place."""
    n, m = _N, _M
    for i in range(n):
        y = (mt[i] & _UPPER) | (mt[(i + 1) % n] & _LOWER)
        v = mt[(i + m) % n] ^ (y >> 1)
        if y & 1:
            v ^= _MATRIX_A
        mt[i] = v


def _init_genrand(seed):
    mt = [0] * _N
    mt[0] = seed & _M32
    prev = mt[0]
    for i in range(1, _N):
        prev = (1812433253 * (prev ^ (prev >> 30)) + i) & _M32
        mt[i] = prev
    return mt


def _init_by_array(key):
    mt = _init_genrand(19650218)
    n = _N
    i, j = 1, 0
    keylen = len(key)
    for _ in range(max(n, keylen)):
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + j) & _M32
        i += 1
        j += 1
        if i >= n:
            mt[0] = mt[n - 1]
            i = 1
        if j >= keylen:
            j = 0
    for _ in range(n - 1):
        prev = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - i) & _M32
        i += 1
        if i >= n:
            mt[0] = mt[n - 1]
            i = 1
    mt[0] = 0x80000000
    return mt


class _MersenneTwister:
    """The raw generator: seeding, 32-bit outputs, getrandbits, state."""

    def __init__(self):
        self._mt = _init_genrand(5489)
        self._index = _N

    def _seed_int(self, n):
        n = abs(n)
        key = []
        while n:
            key.append(n & _M32)
            n >>= 32
        if not key:
            key = [0]
        self._mt = _init_by_array(key)
        self._index = _N

    def _next32(self):
        i = self._index
        mt = self._mt
        if i >= _N:
            _twist(mt)
            i = 0
        y = mt[i]
        self._index = i + 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        y ^= y >> 18
        return y

    def random(self):
        """random() -> x in the interval [0, 1)."""
        a = self._next32() >> 5
        b = self._next32() >> 6
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        k = _index_op(k)
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 32:
            if k == 0:
                return 0
            return self._next32() >> (32 - k)
        result = 0
        shift = 0
        while k > 0:
            r = self._next32()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result


_HASH_MASK = (1 << _sys.hash_info.width) - 1


# Shown like CPython's C base class in reprs and method resolution orders.
_MersenneTwister.__module__ = "_random"
_MersenneTwister.__name__ = "Random"
_MersenneTwister.__qualname__ = "Random"


# ---------------------------------------------------------------------------

class Random(_MersenneTwister):
    """A Mersenne Twister generator with its own state; the module functions share one.

    Subclasses may replace the basic generator by overriding random(), seed(), getstate() and
    setstate(); if they also provide getrandbits(), integer choices can span any range.
    """

    VERSION = 3     # used by getstate/setstate

    def __init__(self, x=None):
        """Create a generator seeded with x (see seed())."""
        _MersenneTwister.__init__(self)
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Reset the state from a seed: None (operating-system entropy), int, float, str,
        bytes or bytearray. Version 2 uses every bit of str/bytes seeds; version 1 reproduces
        the older, narrower hashing of str/bytes seeds.
        """
        if version == 1 and isinstance(a, (str, bytes)):
            text = a.decode("latin-1") if isinstance(a, bytes) else a
            x = (ord(text[0]) << 7) if text else 0
            for ch in text:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(text)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(raw + _sha512_digest(raw), "big")
        elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        self._seed_core(a)
        self.gauss_next = None

    def _seed_core(self, a):
        if a is None:
            words = _urandom(_N * 4)
            key = [int.from_bytes(words[i:i + 4], "little") for i in range(0, len(words), 4)]
            self._mt = _init_by_array(key)
            self._index = _N
            return
        if not isinstance(a, int):
            # Other hashable seeds use their hash, read as an unsigned machine word.
            a = hash(a) & _HASH_MASK
        self._seed_int(a)

    def getstate(self):
        """The generator's state, suitable for setstate()."""
        return self.VERSION, tuple(self._mt) + (self._index,), self.gauss_next

    def setstate(self, state):
        """Restore a state returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            self._set_internal(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            # Older pickles may hold the words as signed C longs.
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            self._set_internal(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    def _set_internal(self, internalstate):
        if not isinstance(internalstate, tuple):
            raise TypeError("state vector must be a tuple")
        if len(internalstate) != _N + 1:
            raise ValueError("state vector is the wrong size")
        words = []
        for x in internalstate[:_N]:
            if not isinstance(x, int):
                raise TypeError("state vector items must be integers")
            words.append(x & _M32)
        index = internalstate[_N]
        if not isinstance(index, int):
            raise TypeError("state vector items must be integers")
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        self._mt = words
        self._index = index

    # Pickle and copy support.

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # Choosing how integers below n are drawn: a subclass that supplies only random() (and no
    # getrandbits()) gets the float-based method.

    def __init_subclass__(cls, /, **kwargs):
        for c in cls.__mro__:
            if '_randbelow' in c.__dict__:
                break
            if 'getrandbits' in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if 'random' in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        """An int in range(n), n > 0, by drawing n.bit_length() bits until one fits."""
        bits = n.bit_length()
        getrandbits = self.getrandbits
        r = getrandbits(bits)
        while r >= n:
            r = getrandbits(bits)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in range(n), n > 0, built from random() alone."""
        random = self.random
        if n >= maxsize:
            import warnings
            warnings.warn("Underlying random() generator does not supply \n"
                          "enough bits to choose from a population range this large.\n"
                          "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # -------------------- bytes methods ---------------------

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    # -------------------- integer methods  -------------------

    def randrange(self, start, stop=None, step=_ONE):
        """A random member of range(start, stop, step) (or of range(start) with one argument)."""
        istart = _as_range_int(start, "non-integer arg 1 for randrange()")
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")

        istop = _as_range_int(stop, "non-integer stop for randrange()")
        width = istop - istart
        istep = _as_range_int(step, "non-integer step for randrange()")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (istart, istop, width))

        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        """A random integer N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -------------------- sequence methods  -------------------

    def choice(self, seq):
        """A random item of the non-empty sequence seq."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Put the mutable sequence x in random order, in place."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct picks (by position) from the sequence population, in selection order;
        counts gives repetitions of each member."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cumulative = list(_accumulate(counts))
            if len(cumulative) != n:
                raise ValueError('The number of counts does not match the population')
            total = cumulative.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(cumulative, s)] for s in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Small populations (relative to k) are drawn from a shrinking copy; large ones by
        # rejecting repeated indexes kept in a set.
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            seen = set()
            for i in range(k):
                j = randbelow(n)
                while j in seen:
                    j = randbelow(n)
                seen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks from population with replacement, optionally weighted by weights or
        cum_weights."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    f'The number of choices must be a keyword argument: {k=}'
                ) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for _ in _repeat(None, k)]

    # -------------------- real-valued distributions  -------------------

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution between low and high with peak at mode (default: midpoint)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma."""
        # Kinderman and Monahan's ratio-of-uniforms method.
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution with mean mu and standard deviation sigma (Box-Muller; values
        come in pairs, the second kept for the next call)."""
        # Box-Muller: each pair of uniforms gives two normals; the second is kept for the
        # next call.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: the log of the result is normal(mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of angles: mean angle mu, concentration kappa >= 0."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha > 0 and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        # alpha < 1: the algorithm GS of Ahrens and Dieter.
        while True:
            u = random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] with parameters alpha > 0 and beta > 0."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


def _as_range_int(value, message):
    """An argument of randrange() as an int (floats with integral values are deprecated)."""
    try:
        return _index_op(value)
    except TypeError:
        pass
    converted = int(value)
    import warnings
    if converted != value:
        warnings.warn('randrange() will raise TypeError in the future',
                      DeprecationWarning, 3)
        raise ValueError(message)
    warnings.warn('non-integer arguments to randrange() have been deprecated '
                  'since Python 3.10 and will be removed in a subsequent '
                  'version', DeprecationWarning, 3)
    return converted


# -------------------- System entropy ---------------------

class SystemRandom(Random):
    """A generator that reads os.urandom(); it cannot be seeded and has no state."""

    def random(self):
        """A random float in [0.0, 1.0)."""
        return (int.from_bytes(_urandom(7), "big") >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        k = _index_op(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(_urandom(numbytes), "big")
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Ignored: the operating system's entropy cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        """getstate()/setstate() have no meaning here."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# ----------------------------------------------------------------------
# The shared generator behind the module-level functions.

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes


def _after_fork_reseed():
    _inst.seed()


if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_after_fork_reseed)
