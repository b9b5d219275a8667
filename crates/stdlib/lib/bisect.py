"""Bisection algorithms: find insertion points in sorted lists and insert while keeping order."""

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]


def _bounds(a, lo, hi):
    if not isinstance(lo, int):
        if not hasattr(type(lo), '__index__'):
            raise TypeError(f"'{type(lo).__name__}' object cannot be interpreted as an integer")
        lo = type(lo).__index__(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is not None and not isinstance(hi, int):
        if not hasattr(type(hi), '__index__'):
            raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
        hi = type(hi).__index__(hi)
    if hi is None or hi == -1:
        hi = len(a)
    return lo, hi


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the leftmost index where x can be inserted in the sorted list a.

    Every element of a[lo:i] is < x and every element of a[i:hi] is >= x.
    """
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the rightmost index where x can be inserted in the sorted list a.

    Every element of a[lo:i] is <= x and every element of a[i:hi] is > x.
    """
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any entries equal to it."""
    if key is None:
        i = bisect_left(a, x, lo, hi)
    else:
        i = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(i, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any entries equal to it."""
    if key is None:
        i = bisect_right(a, x, lo, hi)
    else:
        i = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right
