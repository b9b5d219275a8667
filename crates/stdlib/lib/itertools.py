"""Iterator building blocks: infinite iterators, iterators over the shortest input and
combinatoric generators, all of them lazy, as described in the `itertools` documentation."""

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
    "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
    "permutations", "product", "repeat", "starmap", "takewhile", "tee", "zip_longest",
]

_MAXSIZE = 9223372036854775807
_MISSING = object()


def _as_index(value):
    """`value.__index__()` through its type, with the builtin error for non-integers."""
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return method(value)


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)


def _exact_args(name, args, n):
    if len(args) != n:
        raise TypeError("%s expected %d argument%s, got %d"
                        % (name, n, "" if n == 1 else "s", len(args)))


def _parse_args(name, names, defaults, args, kwargs):
    """Bind positional and keyword arguments the way CPython's argument clinic does."""
    values = list(args) + list(defaults[len(args):])
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, name))
        pos = names.index(key)
        if pos < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, key, pos + 1))
        values[pos] = value
    if values and values[0] is _MISSING:
        raise TypeError("%s() missing required argument '%s' (pos 1)" % (name, names[0]))
    return values


def _is_number(value):
    try:
        value + 0
    except TypeError:
        return False
    return not isinstance(value, (str, bytes, bytearray))


class count:
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError("count() takes at most 2 arguments (%d given)"
                            % (len(args) + len(kwargs)))
        start, step = _parse_args("count", ("start", "step"), (0, 1), args, kwargs)
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        name = type(self).__name__
        if type(step) is int and step == 1:
            return "%s(%r)" % (name, self._value)
        return "%s(%r, %r)" % (name, self._value, step)


class cycle:
    """cycle(iterable) --> the elements of iterable, then those same elements again, forever."""

    def __init__(self, *args, **kwargs):
        _no_keywords("cycle", kwargs)
        _exact_args("cycle", args, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
            self._it = None
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]) --> object over and over, or `times` times."""

    def __init__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError("repeat() takes at most 2 arguments (%d given)"
                            % (len(args) + len(kwargs)))
        self._object, times = _parse_args("repeat", ("object", "times"), (_MISSING, _MISSING),
                                          args, kwargs)
        if times is _MISSING:
            self._times = None
        else:
            times = _as_index(times)
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return "%s(%r)" % (name, self._object)
        return "%s(%r, %d)" % (name, self._object, self._times)


class accumulate:
    """accumulate(iterable, func=None, *, initial=None) --> running totals (or results of func)."""

    def __init__(self, iterable=_MISSING, func=None, *, initial=None):
        if iterable is _MISSING:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        if self._it is None:
            raise StopIteration
        try:
            value = next(self._it)
        except StopIteration:
            self._it = None
            raise
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """chain(*iterables) --> the elements of the first iterable, then of the next, and so on."""

    def __init__(self, *iterables, **kwargs):
        _no_keywords("chain", kwargs)
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternate chain() constructor taking a single iterable of iterables, read lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            for item in self._active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        return cls


class compress:
    """compress(data, selectors) --> the items of data whose matching selector is true."""

    def __init__(self, data=_MISSING, selectors=_MISSING):
        if data is _MISSING:
            raise TypeError("compress() missing required argument 'data' (pos 1)")
        if selectors is _MISSING:
            raise TypeError("compress() missing required argument 'selectors' (pos 2)")
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        for item, selector in zip(self._data, self._selectors):
            if selector:
                return item
        raise StopIteration


class dropwhile:
    """dropwhile(predicate, iterable) --> the items of iterable from the first one for which
    predicate is false."""

    def __init__(self, *args, **kwargs):
        _no_keywords("dropwhile", kwargs)
        _exact_args("dropwhile", args, 2)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        for item in self._it:
            if self._dropping:
                if self._predicate(item):
                    continue
                self._dropping = False
            return item
        raise StopIteration


class takewhile:
    """takewhile(predicate, iterable) --> the items of iterable while predicate holds."""

    def __init__(self, *args, **kwargs):
        _no_keywords("takewhile", kwargs)
        _exact_args("takewhile", args, 2)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._done:
            for item in self._it:
                if self._predicate(item):
                    return item
                break
            self._done = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable) --> the items for which function(item) is false."""

    def __init__(self, *args, **kwargs):
        _no_keywords("filterfalse", kwargs)
        _exact_args("filterfalse", args, 2)
        self._predicate = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        predicate = self._predicate
        for item in self._it:
            if predicate is None:
                if not item:
                    return item
            elif not predicate(item):
                return item
        raise StopIteration


class starmap:
    """starmap(function, iterable) --> function(*args) for each args tuple of iterable."""

    def __init__(self, *args, **kwargs):
        _no_keywords("starmap", kwargs)
        _exact_args("starmap", args, 2)
        self._function = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)


class pairwise:
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""

    def __init__(self, *args, **kwargs):
        _no_keywords("pairwise", kwargs)
        _exact_args("pairwise", args, 1)
        self._it = iter(args[0])
        self._last = _MISSING

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._last is _MISSING:
            for item in self._it:
                self._last = item
                break
            else:
                self._it = None
                raise StopIteration
        for item in self._it:
            pair = (self._last, item)
            self._last = item
            return pair
        self._it = None
        self._last = _MISSING
        raise StopIteration


class groupby:
    """groupby(iterable, key=None) --> (key, group) pairs for runs of items with equal keys.
    Each group is an iterator that stays valid only until the groupby advances."""

    def __init__(self, iterable=_MISSING, key=None):
        if iterable is _MISSING:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self._it = iter(iterable)
        self._keyfunc = key
        self._target = _MISSING     # key of the group handed out last
        self._key = _MISSING        # key of the item read last
        self._value = _MISSING      # item read last and not yet handed out
        self._group = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value
        self._key = key

    def __next__(self):
        self._group = None
        while True:
            if self._key is not _MISSING:
                if self._target is _MISSING or not self._target == self._key:
                    break
            self._step()
        self._target = self._key
        self._group = _grouper(self, self._target)
        return (self._key, self._group)


class _grouper:
    """One group of a groupby()."""

    def __init__(self, parent, key):
        self._parent = parent
        self._target = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._group is not self:
            raise StopIteration
        if parent._value is _MISSING:
            parent._step()
        if not self._target == parent._key:
            raise StopIteration
        value = parent._value
        parent._value = _MISSING
        return value


_STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_INDEX_MSG = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_STEP_MSG = "Step for islice() must be a positive integer or None."


def _clipped_index(value):
    """The integer value of `value`, or -1 if it has none or does not fit a C ssize_t
    (CPython reports such arguments through the -1 error value)."""
    if value is None:
        return None
    try:
        number = _as_index(value)
    except TypeError:
        return -1
    if number > _MAXSIZE or number < -_MAXSIZE - 1:
        return -1
    return number


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> selected items of
    iterable, like slicing a list but lazily; start and stop must be non-negative."""

    def __init__(self, *args, **kwargs):
        _no_keywords("islice", kwargs)
        if len(args) < 2:
            raise TypeError("islice expected at least 2 arguments, got %d" % len(args))
        if len(args) > 4:
            raise TypeError("islice expected at most 4 arguments, got %d" % len(args))
        iterable = args[0]
        start, step = 0, 1
        stop = _clipped_index(args[1] if len(args) == 2 else args[2])
        if len(args) > 2:
            start = _clipped_index(args[1])
            if start is None:
                start = 0
        if stop == -1:
            raise ValueError(_STOP_MSG)
        if start < 0 or (stop is not None and stop < -1):
            raise ValueError(_INDEX_MSG)
        if len(args) == 4:
            step = _clipped_index(args[3])
            if step is None:
                step = 1
            if step < 1:
                raise ValueError(_STEP_MSG)
        self._it = iter(iterable)
        self._next = start      # index of the next item to hand out
        self._count = 0         # number of items consumed from the source
        self._stop = stop
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop is not None and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class _tee_link:
    __slots__ = ("value", "next")

    def __init__(self):
        self.value = _MISSING
        self.next = None


class _tee_source:
    __slots__ = ("it",)

    def __init__(self, it):
        self.it = it


class _tee:
    """One of the independent iterators returned by tee()."""

    def __init__(self, iterable):
        it = iter(iterable)
        if type(it) is _tee:
            self._source = it._source
            self._link = it._link
        else:
            self._source = _tee_source(it)
            self._link = _tee_link()

    def __iter__(self):
        return self

    def __copy__(self):
        other = _tee.__new__(_tee)
        other._source = self._source
        other._link = self._link
        return other

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source.it)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value


def tee(iterable, n=2):
    """tee(iterable, n=2) --> a tuple of n independent iterators over iterable."""
    n = _as_index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(type(it), "__copy__", None)
    if copier is None:
        it = _tee(it)
        copier = _tee.__copy__
    result = [it]
    for _ in range(n - 1):
        result.append(copier(result[-1]))
    return tuple(result)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None) --> tuples of items of every iterable, filling
    the shorter ones with fillvalue until the longest is exhausted."""

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        for key, value in kwargs.items():
            if key != "fillvalue":
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = value
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                its[i] = None
                self._active -= 1
                if self._active == 0:
                    raise
                result.append(self._fill)
        return tuple(result)


class _Combinatoric:
    """Shared lazy driver: subclasses provide a generator in `_run`."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


class product(_Combinatoric):
    """product(*iterables, repeat=1) --> the cartesian product of the input iterables."""

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for key, value in kwargs.items():
            if key != "repeat":
                raise TypeError("'%s' is an invalid keyword argument for product()" % key)
            repeat = _as_index(value)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(it) for it in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(len(pool) == 0 for pool in pools):
            return
        n = len(pools)
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while True:
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[k][indices[k]] for k in range(n))


class permutations(_Combinatoric):
    """permutations(iterable, r=None) --> successive r-length permutations of the items."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        elif not isinstance(r, int):
            raise TypeError("Expected int as r")
        elif r < 0:
            raise ValueError("r must be non-negative")
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


def _required_r(name, r):
    if r is _MISSING:
        raise TypeError("%s() missing required argument 'r' (pos 2)" % name)
    r = _as_index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class combinations(_Combinatoric):
    """combinations(iterable, r) --> successive r-length combinations, in sorted order."""

    def __init__(self, iterable, r=_MISSING):
        pool = tuple(iterable)
        r = _required_r("combinations", r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Combinatoric):
    """combinations_with_replacement(iterable, r) --> r-length combinations allowing
    individual elements to repeat."""

    def __init__(self, iterable, r=_MISSING):
        pool = tuple(iterable)
        r = _required_r("combinations_with_replacement", r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
