"""Higher-order functions and operations on callables: reduce, partial application,
wrapper helpers, caching decorators, ordering helpers and single dispatch."""

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
    'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
    'singledispatch', 'singledispatchmethod', 'cached_property',
]

_MISSING = object()


# ----- wrappers -----

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the `assigned` attributes that exist, merge
    the `updated` mappings, and record the original as `wrapper.__wrapped__`."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last so that a __wrapped__ copied from wrapped.__dict__ does not win
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): `@wraps(func)` applied to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ----- reduce -----

def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of an iterable, from left to
    right, reducing it to a single value; `initial`, if given, goes before the items."""
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function, iterable = args[0], args[1]
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        value = _MISSING
        for value in it:
            break
        if value is _MISSING:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in it:
        value = function(value, item)
    return value


# ----- partial application -----

class partial:
    """partial(func, *args, **keywords) - a new callable that calls func with the given
    arguments placed before (and keywords merged under) the ones passed at call time."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial) and not func._extra_attributes():
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def _extra_attributes(self):
        """Attributes set on the partial object beyond func, args and keywords."""
        return {key: value for key, value in self.__dict__.items()
                if key not in ('func', 'args', 'keywords')}

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend('%s=%r' % (key, value) for key, value in self.keywords.items())
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self.func,), (self.func, self.args, self.keywords or None,
                                           self._extra_attributes() or None))

    def __class_getitem__(cls, item):
        return cls


class partialmethod:
    """partialmethod(func, *args, **keywords) - like partial(), but a descriptor: used as a
    method, the instance (or class) is passed before the frozen arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        # CPython 3.11 always writes both separators, even when a group is empty
        args = ', '.join(repr(arg) for arg in self.args)
        keywords = ', '.join('%s=%r' % item for item in self.keywords.items())
        cls = type(self)
        return '%s.%s(%r, %s, %s)' % (cls.__module__, cls.__qualname__, self.func, args,
                                      keywords)

    def _unbound(self):
        frozen = self

        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**frozen.keywords, **keywords}
            return frozen.func(cls_or_self, *frozen.args, *args, **keywords)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._unbound().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    def __class_getitem__(cls, item):
        return cls


# ----- caching -----

class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize): statistics of an lru_cache()."""

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = self._asdict()
        values.update(changes)
        return _CacheInfo(**values)

    def __getnewargs__(self):
        return tuple(self)


_CacheInfo.__name__ = 'CacheInfo'
_CacheInfo.__qualname__ = 'CacheInfo'


class _KeywordMark:
    """Separates positional from keyword arguments inside a cache key."""
    __slots__ = ()


_KWD_MARK = (_KeywordMark(),)
_FAST_TYPES = (int, str)


def _make_key(args, kwargs, typed):
    key = args
    if kwargs:
        key += _KWD_MARK
        for item in kwargs.items():
            key += item
    if typed:
        key += tuple(type(arg) for arg in args)
        if kwargs:
            key += tuple(type(value) for value in kwargs.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    if not callable(user_function):
        raise TypeError('the first argument must be callable')
    cache = {}
    stats = [0, 0]   # hits, misses
    HITS, MISSES = 0, 1

    if maxsize == 0:
        def wrapper(*args, **kwargs):
            stats[MISSES] += 1
            return user_function(*args, **kwargs)
    elif maxsize is None:
        def wrapper(*args, **kwargs):
            key = _make_key(args, kwargs, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[HITS] += 1
                return result
            stats[MISSES] += 1
            result = user_function(*args, **kwargs)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwargs):
            key = _make_key(args, kwargs, typed)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                # re-insert to mark it as most recently used
                cache[key] = result
                stats[HITS] += 1
                return result
            stats[MISSES] += 1
            result = user_function(*args, **kwargs)
            if key in cache:
                # a recursive call already cached this key
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(stats[HITS], stats[MISSES], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        cache.clear()
        stats[HITS] = stats[MISSES] = 0

    def cache_parameters():
        """The parameters the cache was created with."""
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator: `@lru_cache`, `@lru_cache(maxsize=None)` or
    `@lru_cache(maxsize, typed=True)`. The wrapper gains cache_info(), cache_clear() and
    cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed once per instance and then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling '
                            '__set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError("The '__dict__' attribute on %r instance does not support "
                                "item assignment for caching %r property."
                                % (type(instance).__name__, self.attrname)) from None
        return value

    def __class_getitem__(cls, item):
        return cls


# ----- ordering -----

def _derived(root, name):
    """The comparison `name` expressed through the class's `root` comparison."""
    # For each (root, derived) pair: how to combine root's answer r with equality.
    def from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        if name == '__gt__':
            return not r and self != other
        if name == '__le__':
            return r or self == other
        return not r                                    # __ge__

    def from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        if name == '__ge__':
            return not r or self == other
        if name == '__lt__':
            return r and self != other
        return not r                                    # __gt__

    def from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        if name == '__lt__':
            return not r and self != other
        if name == '__ge__':
            return r or self == other
        return not r                                    # __le__

    def from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        if name == '__le__':
            return not r or self == other
        if name == '__gt__':
            return r and self != other
        return not r                                    # __lt__

    method = {'__lt__': from_lt, '__le__': from_le, '__gt__': from_gt, '__ge__': from_ge}[root]
    method.__name__ = name
    method.__qualname__ = '_%s_from_%s' % (name.strip('_'), root.strip('_'))
    return method


_ORDERINGS = ('__lt__', '__le__', '__gt__', '__ge__')


def total_ordering(cls):
    """Class decorator that fills in the missing rich comparisons from the one(s) defined."""
    roots = [name for name in _ORDERINGS
             if getattr(cls, name, None) is not getattr(object, name, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for name in _ORDERINGS:
        if name != root and name not in roots:
            setattr(cls, name, _derived(root, name))
    return cls


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""

    class KeyWrapper:
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def _other(self, other):
            if not isinstance(other, KeyWrapper):
                raise TypeError('other argument must be K instance')
            return other.obj

        def __lt__(self, other):
            return mycmp(self.obj, self._other(other)) < 0

        def __gt__(self, other):
            return mycmp(self.obj, self._other(other)) > 0

        def __eq__(self, other):
            return mycmp(self.obj, self._other(other)) == 0

        def __le__(self, other):
            return mycmp(self.obj, self._other(other)) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, self._other(other)) >= 0

        __hash__ = None

    KeyWrapper.__module__ = 'functools'
    KeyWrapper.__qualname__ = 'KeyWrapper'
    return KeyWrapper


# ----- single dispatch -----

def _is_dispatch_type(cls):
    return isinstance(cls, type) or _union_args(cls) is not None


def _union_args(cls):
    """The member classes of a `X | Y` union, or None if `cls` is not such a union."""
    if type(cls).__name__ != 'UnionType':
        return None
    args = getattr(cls, '__args__', None)
    if args is None or not all(isinstance(arg, type) for arg in args):
        return None
    return args


def _find_impl(cls, registry):
    """The implementation registered for the nearest class in cls's MRO."""
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return registry[object]


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is chosen by the type
    of the first argument; add implementations with `@func.register`."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation for class `cls`, looked up along its MRO."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register an implementation for `cls`, given explicitly or taken from the first
        parameter's annotation: `@f.register(int)`, `f.register(int, impl)`, or
        `@f.register` on an annotated function."""
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError('Invalid first argument to `register()`. '
                                '%r is not a class or union type.' % (cls,))
            annotations = getattr(cls, '__annotations__', None)
            if annotations is None:
                # a classmethod or staticmethod: look at the function it wraps
                annotations = getattr(getattr(cls, '__func__', None), '__annotations__', {})
            if not annotations:
                raise TypeError('Invalid first argument to `register()`: %r. Use either '
                                '`@register(some_class)` or plain `@register` on an '
                                'annotated function.' % (cls,))
            func = cls
            argname, cls = next(iter(
                (name, hint) for name, hint in annotations.items() if name != 'return'))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not _is_dispatch_type(cls):
                if _union_args(cls) is None and type(cls).__name__ == 'UnionType':
                    raise TypeError('Invalid annotation for %r. %r not all arguments are '
                                    'classes.' % (argname, cls))
                raise TypeError('Invalid annotation for %r. %r is not a class.'
                                % (argname, cls))
        members = _union_args(cls)
        for member in (members if members is not None else (cls,)):
            registry[member] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kwargs):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kwargs)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor: dispatches on the type of the first
    argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register an implementation for `cls` (see singledispatch's register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        funcname = getattr(self.func, '__name__', 'singledispatchmethod method')

        def _method(*args, **kwargs):
            if not args:
                raise TypeError('%s requires at least 1 positional argument' % funcname)
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
