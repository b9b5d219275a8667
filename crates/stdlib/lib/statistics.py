"""Basic statistics of numeric data.

Averages: mean, fmean, geometric_mean, harmonic_mean, median, median_low, median_high,
median_grouped, mode, multimode, quantiles. Spread: pvariance, variance, pstdev, stdev.
Relations between two inputs: covariance, correlation, linear_regression. The NormalDist class
models a normal distribution.

mean, the variances and the standard deviations are computed exactly (through Fractions) and
the result keeps the type of the data where it can: ints give an int when the result is whole
(a float otherwise), Fractions give a Fraction, floats a float. Invalid input raises
StatisticsError, a subclass of ValueError.
"""

__all__ = [
    'NormalDist',
    'StatisticsError',
    'correlation',
    'covariance',
    'fmean',
    'geometric_mean',
    'harmonic_mean',
    'linear_regression',
    'mean',
    'median',
    'median_grouped',
    'median_high',
    'median_low',
    'mode',
    'multimode',
    'pstdev',
    'pvariance',
    'quantiles',
    'stdev',
    'variance',
]

import math
import numbers
import random
import sys

from fractions import Fraction
from bisect import bisect_left, bisect_right
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum
from operator import mul
from collections import Counter, namedtuple
from itertools import groupby, repeat


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact arithmetic helpers.

def _decimal_type():
    """decimal.Decimal if that module has been imported (so values could be Decimals)."""
    module = sys.modules.get("decimal")
    return getattr(module, "Decimal", None) if module is not None else None


def _exact_ratio(x):
    """(numerator, denominator) of a number; a NaN or infinity gives (x, None)."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    """The type that a result mixing values of types T and S should have."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    # A subclass wins over its base; otherwise ints give way to anything else.
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    """Exact sum of the data: (result type, total, count).

    The total is a Fraction (or an int for no data), or a float NaN/infinity when such a value
    occurs in the data.
    """
    count = 0
    types = set()
    by_denominator = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    return (_result_type(types), total, count)


def _ss(data, c=None):
    """Sum of squared deviations: (result type, sum, mean used, count).

    With c given the deviations are taken from c; otherwise from the exact mean of the data.
    """
    if c is not None:
        T, total, count = _sum((d := x - c) * d for x in data)
        return (T, total, c, count)
    count = 0
    types = set()
    sums = {}
    squares = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sums[d] = sums.get(d, 0) + n
            squares[d] = squares.get(d, 0) + n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sums:
        # A NaN or an infinity swamps everything else.
        ssd = c = sums[None]
    else:
        sx = sum(Fraction(n, d) for d, n in sums.items())
        sxx = sum(Fraction(n, d * d) for d, n in squares.items())
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    return (_result_type(types), ssd, c, count)


def _convert(value, T):
    """Convert the exact result value to type T (a float when T is integral but the value is
    not whole)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        decimal_type = _decimal_type()
        if decimal_type is not None and issubclass(T, decimal_type):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    """Pass the values through, raising StatisticsError at the first negative one."""
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _sqrt_rounded_to_odd(n, m):
    """isqrt(n // m), with its lowest bit set when the square root of n/m is not exact."""
    a = math.isqrt(n // m)
    if a * a * m != n:
        a |= 1
    return a


# Working precision for the correctly rounded square root: twice a float's significand plus a
# few guard bits.
_SQRT_BITS = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """The square root of n/m (non-negative ints, m > 0) as a correctly rounded float."""
    # Scale n/m by an even power of two so that its integer square root has plenty of bits;
    # rounding that integer "to odd" keeps a sticky bit, so the final int/int division rounds
    # exactly as the true square root would.
    shift = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if shift >= 0:
        return float(_sqrt_rounded_to_odd(n, m << (2 * shift)) << shift)
    return _sqrt_rounded_to_odd(n << (-2 * shift), m) / (1 << -shift)


def _decimal_sqrt_of_frac(n, m):
    """Square root of n/m as a Decimal (used when the data are Decimals)."""
    decimal_type = _decimal_type()
    if n <= 0:
        if not n:
            return decimal_type('0.0')
        n, m = -n, -m
    return (decimal_type(n) / decimal_type(m)).sqrt()


def _is_decimal_type(T):
    decimal_type = _decimal_type()
    return decimal_type is not None and issubclass(T, decimal_type)


# ---------------------------------------------------------------------------
# Averages.

def mean(data):
    """The arithmetic mean ("average") of data, computed exactly.

    >>> mean([1, 2, 3, 4, 4])
    2.8
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean of data as a float (optionally weighted); fast.

    >>> fmean([3.5, 4.0, 5.25])
    4.25
    """
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(map(mul, data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean of positive data, as a float.

    >>> round(geometric_mean([54, 24, 36]), 9)
    36.0
    """
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean of data (the reciprocal of the mean of the reciprocals).

    Any zero value gives 0; negative values raise StatisticsError.

    >>> harmonic_mean([40, 60])
    48.0
    """
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        decimal_type = _decimal_type()
        if isinstance(x, numbers.Real) or (decimal_type is not None
                                           and isinstance(x, decimal_type)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value of data, or the mean of the two middle values.

    >>> median([1, 3, 5, 7])
    4.0
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    half = n // 2
    if n % 2 == 1:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """The middle value of data, or the smaller of the two middle values.

    >>> median_low([1, 3, 5, 7])
    3
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value of data, or the larger of the two middle values.

    >>> median_high([1, 3, 5, 7])
    5
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes of width interval, interpolated in the class
    that holds the middle value (the 50th percentile).

    >>> median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
    3.7
    """
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo=lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = x - interval / 2.0
    return lower_limit + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    """The most common value of discrete or nominal data (the first one met on a tie).

    >>> mode([1, 1, 2, 3, 3, 3, 3, 4])
    3
    """
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """All the most common values, in the order they are first met.

    >>> multimode('aabbbbbbbbcc')
    ['b']
    """
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal probability.

    method 'exclusive' (default) treats data as a sample of a larger population;
    'inclusive' treats it as the whole population (its minimum and maximum are the 0th and
    100th percentiles).
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        cuts = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = ld + 1
        cuts = []
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---------------------------------------------------------------------------
# Spread.

def variance(data, xbar=None):
    """The sample variance of data (at least two values); xbar is the mean if known.

    >>> variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])
    1.3720238095238095
    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data (at least one value); mu is the mean if known.

    >>> pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25])
    1.25
    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation: the square root of the sample variance.

    >>> stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    1.0810874155219827
    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation: the square root of the population variance.

    >>> pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    0.986893273527251
    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def _mean_stdev(data):
    """The mean and the sample standard deviation as floats, in one pass."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        # NaNs and infinities
        return float(xbar), float(xbar) / float(ss)


# ---------------------------------------------------------------------------
# Two inputs.

def covariance(x, y, /):
    """The sample covariance of the paired inputs x and y.

    >>> covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])
    0.75
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y, between -1 and +1.

    >>> correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1])
    -1.0
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = fsum((d := xi - xbar) * d for xi in x)
    syy = fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line y = slope * x + intercept.

    With proportional=True the line goes through the origin (intercept 0.0).

    >>> linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
    LinearRegression(slope=2.0, intercept=1.0)
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------------------
# Normal distribution.

def _normal_dist_inv_cdf(p, mu, sigma):
    # Wichura's algorithm AS 241 (Applied Statistics, 1988), accurate to about 1 part in 10**16:
    # a rational approximation near the centre and two more in the tails, in terms of
    # r = sqrt(-log(tail probability)).
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r +
                     3.3430575583588128105e+4) * r +
                    6.7265770927008700853e+4) * r +
                   4.5921953931549871457e+4) * r +
                  1.3731693765509461125e+4) * r +
                 1.9715909503065514427e+3) * r +
                1.3314166789178437745e+2) * r +
               3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r +
                     2.8729085735721942674e+4) * r +
                    3.9307895800092710610e+4) * r +
                   2.1213794301586595867e+4) * r +
                  5.3941960214247511077e+3) * r +
                 6.8718700749205790830e+2) * r +
                4.2313330701600911252e+1) * r +
               1.0)
        return mu + (num / den) * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r +
                     2.27238449892691845833e-2) * r +
                    2.41780725177450611770e-1) * r +
                   1.27045825245236838258e+0) * r +
                  3.64784832476320460504e+0) * r +
                 5.76949722146069140550e+0) * r +
                4.63033784615654529590e+0) * r +
               1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r +
                     5.47593808499534494600e-4) * r +
                    1.51986665636164571966e-2) * r +
                   1.48103976427480074590e-1) * r +
                  6.89767334985100004550e-1) * r +
                 1.67638483018380384940e+0) * r +
                2.05319162663775882187e+0) * r +
               1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r +
                     2.71155556874348757815e-5) * r +
                    1.24266094738807843860e-3) * r +
                   2.65321895265761230930e-2) * r +
                  2.96560571828504891230e-1) * r +
                 1.78482653991729133580e+0) * r +
                5.46378491116411436990e+0) * r +
               6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r +
                     1.42151175831644588870e-7) * r +
                    1.84631831751005468180e-5) * r +
                   7.86869131145613259100e-4) * r +
                  1.48753612908506148525e-2) * r +
                 1.36929880922735805310e-1) * r +
                5.99832206555887937690e-1) * r +
               1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + x * sigma


_SQRT2 = sqrt(2.0)


class NormalDist:
    """A normal (Gaussian) distribution with mean mu and standard deviation sigma."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """The normal distribution with mean mu and standard deviation sigma (>= 0)."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution whose mean and standard deviation are those of the
        sample data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (reproducible with seed)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        """Probability density function: the relative likelihood of the value x."""
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """Cumulative distribution function: the probability of a value <= x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The value x with cdf(x) == p (0 < p < 1): the quantile function."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n-1 cut points dividing the distribution into n equally likely parts."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of two normal distributions: the area their density
        curves share, between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        # The densities cross at two points x1 and x2.
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """Arithmetic mean of the normal distribution."""
        return self._mu

    @property
    def median(self):
        """The middle value (the mean, for a normal distribution)."""
        return self._mu

    @property
    def mode(self):
        """The most likely value (the mean, for a normal distribution)."""
        return self._mu

    @property
    def stdev(self):
        """Standard deviation of the normal distribution."""
        return self._sigma

    @property
    def variance(self):
        """Square of the standard deviation."""
        return self._sigma ** 2.0

    def __add__(x1, x2):
        """Add a constant (shift) or another independent NormalDist."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """Subtract a constant (shift) or another independent NormalDist."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Scale by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """Divide by a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        """constant - NormalDist"""
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        """Equal when both mean and standard deviation are equal."""
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
