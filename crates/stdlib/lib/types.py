"""Names for the interpreter's built-in types (FunctionType, ModuleType, GeneratorType, ...),
obtained from sample objects, plus a few helpers for working with types: SimpleNamespace,
MappingProxyType, new_class/prepare_class/resolve_bases, DynamicClassAttribute and coroutine."""

import sys

__all__ = ["FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
           "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType",
           "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType",
           "ModuleType", "TracebackType", "FrameType", "GetSetDescriptorType",
           "MemberDescriptorType", "new_class", "resolve_bases", "prepare_class",
           "DynamicClassAttribute", "coroutine", "GenericAlias", "UnionType", "EllipsisType",
           "NoneType", "NotImplementedType"]


# ----- types of sample objects -----

def _sample_function():
    pass


FunctionType = type(_sample_function)
LambdaType = type(lambda: None)
CodeType = type(_sample_function.__code__)


def _sample_cell():
    value = 1

    def inner():
        return value
    return inner.__closure__[0]


CellType = type(_sample_cell())


def _sample_generator():
    yield 1


GeneratorType = type(_sample_generator())


async def _sample_coroutine():
    pass


_coro = _sample_coroutine()
CoroutineType = type(_coro)
_coro.close()
del _coro


async def _sample_async_generator():
    yield 1


_agen = _sample_async_generator()
AsyncGeneratorType = type(_agen)
del _agen


class _Sample:
    def _method(self):
        pass


MethodType = type(_Sample()._method)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)

try:
    GetSetDescriptorType = type(FunctionType.__code__)
except AttributeError:
    GetSetDescriptorType = type(FunctionType.__dict__.get("__code__"))
try:
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    MemberDescriptorType = type(FunctionType.__dict__.get("__globals__"))

GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _sample_function, _sample_cell, _sample_generator, _sample_coroutine
del _sample_async_generator, _Sample


# ----- MappingProxyType -----

def _make_mappingproxy():
    """A read-only view of a mapping, for interpreters whose class __dict__ is a plain dict."""

    class mappingproxy:
        """Read-only proxy of a mapping."""

        __slots__ = ("_mapping",)

        def __new__(cls, mapping):
            if (not hasattr(mapping, "keys") or not hasattr(mapping, "__getitem__")
                    or isinstance(mapping, (list, tuple))):
                raise TypeError("mappingproxy() argument must be a mapping, not "
                                + type(mapping).__name__)
            self = object.__new__(cls)
            object.__setattr__(self, "_mapping", mapping)
            return self

        def __setattr__(self, name, value):
            raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

        def __getitem__(self, key):
            return self._mapping[key]

        def __setitem__(self, key, value):
            raise TypeError("'mappingproxy' object does not support item assignment")

        def __delitem__(self, key):
            raise TypeError("'mappingproxy' object does not support item deletion")

        def __contains__(self, key):
            return key in self._mapping

        def __iter__(self):
            return iter(self._mapping)

        def __reversed__(self):
            return reversed(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def get(self, key, default=None):
            """Return the value for key if key is in the mapping, else default."""
            return self._mapping.get(key, default)

        def keys(self):
            """D.keys() -> a set-like object providing a view on D's keys"""
            return self._mapping.keys()

        def values(self):
            """D.values() -> an object providing a view on D's values"""
            return self._mapping.values()

        def items(self):
            """D.items() -> a set-like object providing a view on D's items"""
            return self._mapping.items()

        def copy(self):
            """D.copy() -> a shallow copy of D"""
            return self._mapping.copy()

        def __eq__(self, other):
            return self._mapping == other

        def __ne__(self, other):
            return self._mapping != other

        def __lt__(self, other):
            return self._mapping < other

        def __le__(self, other):
            return self._mapping <= other

        def __gt__(self, other):
            return self._mapping > other

        def __ge__(self, other):
            return self._mapping >= other

        __hash__ = None

        def __or__(self, other):
            if isinstance(other, mappingproxy):
                other = other._mapping
            return self._mapping | other

        def __ror__(self, other):
            if isinstance(other, mappingproxy):
                other = other._mapping
            return other | self._mapping

        def __ior__(self, other):
            raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

        def __repr__(self):
            return f"mappingproxy({self._mapping!r})"

        def __str__(self):
            return str(self._mapping)

        __class_getitem__ = classmethod(GenericAlias)

    mappingproxy.__module__ = "builtins"
    mappingproxy.__qualname__ = "mappingproxy"
    return mappingproxy


MappingProxyType = type(type.__dict__)
if MappingProxyType is dict:
    MappingProxyType = _make_mappingproxy()
del _make_mappingproxy


# ----- SimpleNamespace -----

class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        active = _namespace_repr_active
        if id(self) in active:
            return name + "(...)"
        active.add(id(self))
        try:
            parts = [f"{key}={value!r}" for key, value in self.__dict__.items()]
        finally:
            active.discard(id(self))
        return f"{name}({', '.join(parts)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)

    __class_getitem__ = classmethod(GenericAlias)


_namespace_repr_active = set()


# ----- building classes dynamically -----

def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for index, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        entries = base.__mro_entries__(bases)
        updated = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        position = index + shift
        new_bases[position:position + 1] = entries
        shift += len(entries) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    """The most derived metaclass among `meta` and the metaclasses of `bases`."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple

    *metaclass* is the appropriate metaclass
    *namespace* is the prepared class namespace
    *kwds* is an updated copy of the passed in kwds argument with any
    'metaclass' entry removed. If no kwds argument is passed in, this will
    be an empty dict.
    """
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        namespace = meta.__prepare__(name, bases, **kwds)
    else:
        namespace = {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


# ----- DynamicClassAttribute -----

class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    This is a descriptor, used to define attributes that act differently when
    accessed through an instance and through a class.  Instance access remains
    normal, but access to an attribute through a class will be routed to the
    class's __getattr__ method; this is done by raising AttributeError.

    This allows one to have properties active on an instance, and have virtual
    attributes on the class with the same name.  (Enum used this between Python
    versions 3.4 - 3.9 .)

    Subclass from this to use a different method of accessing virtual attributes
    and still be treated properly by the inspect module. (Enum uses this since
    Python 3.10 .)

    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy_with(self, fget, fset, fdel):
        doc = getattr(fget, "__doc__", None) if self.overwrite_doc else self.__doc__
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        return self._copy_with(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy_with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy_with(self.fget, self.fset, fdel)


# ----- coroutine -----

_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """Makes a generator (or any iterator with send/throw) usable with 'await'."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, value):
        return self.__wrapped.send(value)

    def throw(self, typ, val=None, tb=None):
        if val is None and tb is None:
            return self.__wrapped.throw(typ)
        return self.__wrapped.throw(typ, val, tb)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    code = getattr(func, "__code__", None)
    if (type(func) is FunctionType and type(code) is CodeType
            and code.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE)):
        return func
    if (type(func) is FunctionType and type(code) is CodeType
            and code.co_flags & _CO_GENERATOR and hasattr(code, "replace")):
        func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
        return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType:
            flags = result.gi_code.co_flags
            if flags & _CO_ITERABLE_COROUTINE:
                return result
            return _GeneratorWrapper(result)
        if (not hasattr(result, "__await__") and hasattr(result, "__next__")
                and hasattr(result, "send") and hasattr(result, "throw")
                and hasattr(result, "close")):
            return _GeneratorWrapper(result)
        return result

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__dict__.update(getattr(func, "__dict__", {}))
    wrapped.__wrapped__ = func
    return wrapped
