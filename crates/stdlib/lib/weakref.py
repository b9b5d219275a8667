"""Weak references: ref (native), proxy, WeakMethod, WeakValueDictionary, WeakKeyDictionary,
WeakSet and finalize. pyrite does not call weakref callbacks when a referent dies; the
containers drop dead entries whenever they are used instead, so what they report is the same."""

from _weakref import ref, ReferenceType, getweakrefcount
from collections.abc import MutableMapping, MutableSet
import sys as _sys

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


def getweakrefs(obj):
    return []


class ProxyType:
    """A proxy forwarding attribute access to the referent (ReferenceError once it is gone)."""

    __slots__ = ('_ref',)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ref', ref(obj, callback))

    def _target(self):
        t = object.__getattribute__(self, '_ref')()
        if t is None:
            raise ReferenceError('weakly-referenced object no longer exists')
        return t

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __repr__(self):
        t = object.__getattribute__(self, '_ref')()
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(t).__name__, id(t))

    def __str__(self):
        return str(self._target())

    def __eq__(self, other):
        return self._target() == other

    def __len__(self):
        return len(self._target())

    def __iter__(self):
        return iter(self._target())

    def __getitem__(self, k):
        return self._target()[k]

    def __bool__(self):
        return bool(self._target())


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A weak proxy for obj."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakMethod(ref):
    """A weak reference to a bound method that stays valid while its object lives."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        WeakMethod._funcs[id(self)] = ref(func)
        return self

    _funcs = {}

    def __call__(self):
        obj = ref.__call__(self)
        func = WeakMethod._funcs.get(id(self), lambda: None)()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _live(self):
        dead = [k for k, r in self.data.items() if r() is None]
        for k in dead:
            del self.data[k]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = ref(value)

    def __delitem__(self, key):
        self._live()
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __iter__(self):
        self._live()
        return iter(list(self.data))

    def __len__(self):
        self._live()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        r = self.data.get(key)
        o = None if r is None else r()
        return default if o is None else o

    def copy(self):
        return WeakValueDictionary(dict(self.items()))

    __copy__ = copy

    def valuerefs(self):
        self._live()
        return list(self.data.values())

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _live(self):
        dead = [k for k in self.data if k() is None]
        for k in dead:
            del self.data[k]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        self._live()
        for k in list(self.data):
            o = k()
            if o is not None:
                yield o

    def __len__(self):
        self._live()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def copy(self):
        return WeakKeyDictionary(dict(self.items()))

    __copy__ = copy

    def keyrefs(self):
        self._live()
        return list(self.data)


class WeakSet(MutableSet):
    """A set whose members are held weakly."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for x in data:
                self.add(x)

    def _live(self):
        self.data = {r for r in self.data if r() is not None}

    def __iter__(self):
        self._live()
        for r in list(self.data):
            o = r()
            if o is not None:
                yield o

    def __len__(self):
        self._live()
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def __repr__(self):
        return repr(set(self))


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when called
    explicitly or at interpreter exit while obj is still alive (atexit=True)."""

    _registry = []
    _registered = False

    def __init__(self, obj, func, /, *args, **kwargs):
        self._ref = ref(obj)
        self._info = (func, args, kwargs or {})
        self.atexit = True
        finalize._registry.append(self)
        if not finalize._registered:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered = True

    def __call__(self, _=None):
        info, self._info = self._info, None
        if info is not None:
            func, args, kwargs = info
            return func(*args, **kwargs)

    def detach(self):
        obj = self._ref()
        info, self._info = self._info, None
        if obj is not None and info is not None:
            return (obj,) + info

    def peek(self):
        obj = self._ref()
        if obj is not None and self._info is not None:
            return (obj,) + self._info

    @property
    def alive(self):
        return self._info is not None

    @classmethod
    def _exitfunc(cls):
        for f in reversed(cls._registry):
            if f.atexit and f._info is not None:
                try:
                    f()
                except Exception:
                    _sys.excepthook(*_sys.exc_info())
