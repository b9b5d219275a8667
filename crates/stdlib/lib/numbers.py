"""Abstract base classes for numbers: Number > Complex > Real > Rational > Integral.

Each class lists the operations its kind of number must provide (as abstract methods) and
supplies the ones that follow from the others. The built-in types are registered: complex is a
Complex, float a Real, int an Integral (and so bool). Other classes may inherit from these or
be registered with `register()`.
"""

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]

from abc import ABCMeta, abstractmethod


class Number(metaclass=ABCMeta):
    """The root of the numeric hierarchy: isinstance(x, Number) tells whether x is a number."""
    __slots__ = ()

    __hash__ = None


class Complex(Number):
    """Complex numbers: the operations of the built-in complex type.

    Arithmetic (+, -, *, /, **), abs(), conjugate(), ==, the real and imag parts and conversion
    with complex(); bool() is true for non-zero values.
    """

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self): the value as a built-in complex."""

    def __bool__(self):
        """bool(self): whether self differs from 0."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """Real part of the number."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """Imaginary part of the number."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        """self + other"""
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        """other + self"""
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        """-self"""
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        """+self"""
        raise NotImplementedError

    def __sub__(self, other):
        """self - other"""
        return self + -other

    def __rsub__(self, other):
        """other - self"""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        """self * other"""
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        """other * self"""
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        """self / other"""
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        """other / self"""
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        """self ** exponent"""
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        """base ** self"""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """The distance from 0 (a Real)."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The number with its imaginary part negated."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        """self == other"""
        raise NotImplementedError

Complex.register(complex)


class Real(Complex):
    """Real numbers: the operations of the built-in float type.

    On top of Complex: float(), math.trunc/floor/ceil, round(), //, %, divmod() and the
    orderings < and <=. The complex-number parts follow (real is +self, imag is 0).
    """

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """float(self): the value as a built-in float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """The Integral closest to self between 0 and self (math.trunc)."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """The largest Integral <= self (math.floor)."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """The smallest Integral >= self (math.ceil)."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """Round to an Integral, or to ndigits decimal places giving a Real; halves go to even."""
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other): (self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self): (other // self, other % self)."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        """self // other"""
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        """other // self"""
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        """self % other"""
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        """other % self"""
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        """self < other"""
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        """self <= other"""
        raise NotImplementedError

    def __complex__(self):
        """complex(self): float(self) with a zero imaginary part."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """Always 0 for a real number."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self

Real.register(float)


class Rational(Real):
    """Rational numbers: Reals with integer numerator and denominator (in lowest terms)."""

    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        """The numerator, in lowest terms."""
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        """The positive denominator, in lowest terms."""
        raise NotImplementedError

    def __float__(self):
        """float(self) = self.numerator / self.denominator, computed with integer true division
        so that huge numerators and denominators still convert."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: the operations of the built-in int type.

    On top of Rational: int(), operator.index(), three-argument pow() and the bitwise operators
    <<, >>, &, ^, | and ~. The numerator is the number itself and the denominator 1.
    """

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """int(self)"""
        raise NotImplementedError

    def __index__(self):
        """operator.index(self): the value as an int (slicing, range(), ...)."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """pow(self, exponent[, modulus])"""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        """self << other"""
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        """other << self"""
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        """self >> other"""
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        """other >> self"""
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        """self & other"""
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        """other & self"""
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        """self ^ other"""
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        """other ^ self"""
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        """self | other"""
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        """other | self"""
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self"""
        raise NotImplementedError

    def __float__(self):
        """float(self), through int(self)."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """Always 1 for an integer."""
        return 1

Integral.register(int)
