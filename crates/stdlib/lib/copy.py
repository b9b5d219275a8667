"""Shallow and deep copy operations.

copy(x) makes a new compound object holding references to the same items; deepcopy(x)
recursively copies the items too, keeping a memo so that shared and cyclic references are
reproduced rather than copied twice. Classes customise this with __copy__(self) and
__deepcopy__(self, memo), or through the pickle protocol (__reduce_ex__, __reduce__,
__getnewargs__, __getstate__ and __setstate__).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatible alias


def _function():
    pass


# Types whose instances are never copied: copying returns the object itself.
_ATOMIC = frozenset([
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str, bytes,
    type, range, property, type(_function), type(len),
])
# Immutable for shallow copies (their items are shared anyway).
_SHALLOW_IMMUTABLE = _ATOMIC | {tuple, frozenset, slice}

_object_reduce_ex = getattr(object, '__reduce_ex__', None)
_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)
_IMMUTABLE_BASES = (bool, int, float, complex, str, bytes, tuple, frozenset)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_IMMUTABLE or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is _MethodType:
        # a bound method reduces to getattr(obj, name): a new method of the same object
        return getattr(x.__self__, x.__func__.__name__)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _DEEP_DISPATCH.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _ATOMIC or issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # y is x for atomic objects: do not record those
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep the originals alive for as long as the memo is, so their ids stay unique."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # a tuple that contains itself (through a list) may have been copied meanwhile
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, y):
        if old is not new:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)(deepcopy(item, memo) for item in x)


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    return x.__func__.__get__(deepcopy(x.__self__, memo))


class _MethodProbe:
    def method(self):
        pass


_MethodType = type(_MethodProbe().method)

_DEEP_DISPATCH = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    bytearray: _deepcopy_bytearray,
    _MethodType: _deepcopy_method,
}
for _t in _ATOMIC:
    _DEEP_DISPATCH[_t] = _deepcopy_atomic
del _t


# ----- the pickle-protocol path -----

def _reduce(x):
    """x's reduction tuple: from its class's own __reduce_ex__ or __reduce__ if it defines
    one, else the default one object.__reduce_ex__(4) would give."""
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not _object_reduce_ex:
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, '__reduce__', None)
        if reductor is not None and reductor is not _object_reduce:
            rv = reductor(x)
        else:
            rv = _default_reduce(x)
    if not isinstance(rv, (str, tuple)):
        try:
            rv = tuple(rv)
        except TypeError:
            raise TypeError('Value after * must be an iterable, not %s'
                            % type(rv).__name__) from None
    return rv


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    """The instance attribute names declared by __slots__ along cls's MRO."""
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _default_state(x):
    cls = type(x)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    if not state:
        state = None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _default_reduce(x):
    cls = type(x)
    if cls.__module__ == 'builtins':
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
        func, func_args = _newobj_ex, (cls, tuple(args), dict(kwargs))
    else:
        if getnewargs is not None:
            args = tuple(getnewargs(x))
        else:
            args = ()
            for base in cls.__mro__:
                if base in _IMMUTABLE_BASES:
                    args = (base(x),)
                    break
        func, func_args = _newobj, (cls,) + args
    state = _default_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (func, func_args, state, listitems, dictitems)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
