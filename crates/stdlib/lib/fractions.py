"""Exact rational numbers: the Fraction class.

Fraction(numerator=0, denominator=None) is kept in lowest terms with a positive denominator. It
can be built from two Rationals, from one int, Fraction, float or Decimal (exactly), or from a
string such as '3/7', '-1.25', '2.5e-3' or ' 12 '. Arithmetic with ints and Fractions stays
exact; mixing with a float gives a float and with a complex gives a complex. Hashes agree with
equal ints and floats, so Fraction(1, 2) and 0.5 are the same dictionary key.
"""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _decimal_type():
    """The decimal.Decimal class if the decimal module has been imported, else None."""
    module = sys.modules.get("decimal")
    return getattr(module, "Decimal", None) if module is not None else None


def _new(cls, numerator, denominator):
    """A Fraction of class cls from values already in lowest terms (denominator > 0)."""
    self = object.__new__(cls)
    self._numerator = numerator
    self._denominator = denominator
    return self


def _reduced(numerator, denominator):
    """Fraction(numerator, denominator) for ints, denominator != 0."""
    g = math.gcd(numerator, denominator)
    if denominator < 0:
        g = -g
    if g != 1:
        numerator //= g
        denominator //= g
    return _new(Fraction, numerator, denominator)


def _digit_run(text, pos):
    """Parse digits separated by single underscores at text[pos:]; return (digits, end).

    Returns ("", pos) if there is no digit there, and None if an underscore is misplaced.
    """
    n = len(text)
    start = pos
    while pos < n and text[pos].isdecimal():
        pos += 1
    if pos == start:
        return "", pos
    while pos < n and text[pos] == "_":
        if pos + 1 < n and text[pos + 1].isdecimal():
            pos += 1
            while pos < n and text[pos].isdecimal():
                pos += 1
        else:
            return None
    return text[start:pos].replace("_", ""), pos


def _parse(text):
    """The (numerator, denominator) written in a string, or None if it is not valid.

    Accepted: optional whitespace, an optional sign, then either 'N/D' or a decimal number
    with an optional fractional part and exponent ('1.5', '.5', '3.', '2e-3'); digits may be
    grouped with single underscores.
    """
    s = text.strip()
    pos = 0
    n = len(s)
    negative = False
    if pos < n and s[pos] in "+-":
        negative = s[pos] == "-"
        pos += 1
    if not (pos < n and (s[pos].isdecimal()
                         or (s[pos] == "." and pos + 1 < n and s[pos + 1].isdecimal()))):
        return None
    run = _digit_run(s, pos)
    if run is None:
        return None
    digits, pos = run
    numerator = int(digits) if digits else 0
    denominator = 1
    if pos < n and s[pos] == "/":
        run = _digit_run(s, pos + 1)
        if run is None or not run[0]:
            return None
        digits, pos = run
        denominator = int(digits)
    else:
        if pos < n and s[pos] == ".":
            run = _digit_run(s, pos + 1)
            if run is None:
                return None
            digits, pos = run
            if digits:
                scale = 10 ** len(digits)
                numerator = numerator * scale + int(digits)
                denominator *= scale
        if pos < n and s[pos] in "eE":
            pos += 1
            exp_negative = False
            if pos < n and s[pos] in "+-":
                exp_negative = s[pos] == "-"
                pos += 1
            run = _digit_run(s, pos)
            if run is None or not run[0]:
                return None
            digits, pos = run
            exponent = int(digits)
            if exp_negative:
                denominator *= 10 ** exponent
            else:
                numerator *= 10 ** exponent
    if pos != n:
        return None
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, always in lowest terms.

    Fraction(7, -21) == Fraction(-1, 3); Fraction(0.25) == Fraction(1, 4);
    Fraction('3.1415') == Fraction(6283, 2000); Fraction() == 0.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        """Build a Fraction from one number or string, or from a numerator and a denominator
        (both Rationals)."""
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            decimal_type = _decimal_type()
            if isinstance(numerator, float) or (decimal_type is not None
                                                 and isinstance(numerator, decimal_type)):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f as a Fraction (an int is accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a decimal.Decimal as a Fraction (an int is accepted too)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        decimal_type = _decimal_type()
        if decimal_type is None and type(dec).__name__ != "Decimal":
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, type(dec).__name__))
        if decimal_type is None:
            from decimal import Decimal as decimal_type
        if not isinstance(dec, decimal_type):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """The pair (numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction closest to self whose denominator is at most max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)

        # Walk the continued-fraction convergents p/q of self until the next one would
        # need too large a denominator; the answer is then either the last convergent or
        # the best semiconvergent between it and the one before.
        p_prev, q_prev, p_cur, q_cur = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q_cur
            if q_next > max_denominator:
                break
            p_prev, q_prev, p_cur, q_cur = p_cur, q_cur, p_prev + a * p_cur, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q_cur
        semi = _reduced(p_prev + k * p_cur, q_prev + k * q_cur)
        convergent = _reduced(p_cur, q_cur)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic. Each operator has an exact version for two Rationals; a float or complex
    # operand turns the Fraction into a float or complex first.

    def _make_operators(exact, fallback):
        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a._numerator, a._denominator, b._numerator, b._denominator)
            if isinstance(b, int):
                return exact(a._numerator, a._denominator, b, 1)
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, complex):
                return fallback(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a.numerator, a.denominator, b._numerator, b._denominator)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented

        name = fallback.__name__
        forward.__name__ = '__' + name + '__'
        forward.__doc__ = "a.__%s__(b)" % name
        reverse.__name__ = '__r' + name + '__'
        reverse.__doc__ = "a.__r%s__(b)" % name
        return forward, reverse

    def _add(na, da, nb, db):
        """a + b"""
        g = math.gcd(da, db)
        if g == 1:
            return _new(Fraction, na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _new(Fraction, t, s * db)
        return _new(Fraction, t // g2, s * (db // g2))

    __add__, __radd__ = _make_operators(_add, operator.add)

    def _sub(na, da, nb, db):
        """a - b"""
        g = math.gcd(da, db)
        if g == 1:
            return _new(Fraction, na * db - da * nb, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _new(Fraction, t, s * db)
        return _new(Fraction, t // g2, s * (db // g2))

    __sub__, __rsub__ = _make_operators(_sub, operator.sub)

    def _mul(na, da, nb, db):
        """a * b"""
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return _new(Fraction, na * nb, db * da)

    __mul__, __rmul__ = _make_operators(_mul, operator.mul)

    def _div(na, da, nb, db):
        """a / b"""
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (na * db))
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return _new(Fraction, n, d)

    __truediv__, __rtruediv__ = _make_operators(_div, operator.truediv)

    def _floordiv(na, da, nb, db):
        """a // b"""
        return (na * db) // (da * nb)

    __floordiv__, __rfloordiv__ = _make_operators(_floordiv, operator.floordiv)

    def _divmod(na, da, nb, db):
        """(a // b, a % b)"""
        div, n_mod = divmod(na * db, da * nb)
        return div, _reduced(n_mod, da * db)

    __divmod__, __rdivmod__ = _make_operators(_divmod, divmod)

    def _mod(na, da, nb, db):
        """a % b"""
        return _reduced((na * db) % (nb * da), da * db)

    __mod__, __rmod__ = _make_operators(_mod, operator.mod)

    del _make_operators, _add, _sub, _mul, _div, _floordiv, _divmod, _mod

    def __pow__(a, b):
        """a ** b

        An integral exponent gives an exact Fraction; any other exponent gives a float (or a
        complex for a complex exponent or a negative base).
        """
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return _new(Fraction, a._numerator ** power, a._denominator ** power)
                if a._numerator > 0:
                    return _new(Fraction, a._denominator ** -power, a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
                return _new(Fraction, (-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: coerces a subclass instance to Fraction"""
        return _new(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _new(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _new(Fraction, abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a)"""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves are rounded to even."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self): equal to the hash of an equal int or float."""
        # The hash of n/d is n * d**-1 modulo the hash modulus, with infinity's hash when d
        # has no inverse (it is a multiple of the modulus).
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # Fractions are immutable: copies and pickles rebuild them from the two integers.

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
