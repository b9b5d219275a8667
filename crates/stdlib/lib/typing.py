"""Support for type hints at run time.

The objects here describe types for static checkers, but programs also use them while running:
aliases such as List[int] or Optional[str] can be built, printed, compared and taken apart with
get_origin()/get_args(); TypeVar and Generic make classes subscriptable; Protocol with
@runtime_checkable gives structural isinstance() checks; NamedTuple and TypedDict build record
types from annotated class bodies; and get_type_hints() evaluates string annotations.
"""

import collections
import collections.abc
import functools
import operator
import sys

__all__ = [
    # special forms and generic machinery
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar",
    "TypeVarTuple", "Union",
    # abstract base class aliases
    "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
    "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
    "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
    "AsyncContextManager",
    # structural checks
    "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound",
    # concrete collection aliases
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set",
    "FrozenSet", "NamedTuple", "TypedDict", "Generator",
    # I/O and text
    "BinaryIO", "IO", "Match", "Pattern", "TextIO",
    # functions and the rest
    "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads", "dataclass_transform",
    "final", "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
    "LiteralString", "Never", "NewType", "no_type_check", "no_type_check_decorator",
    "NoReturn", "NotRequired", "overload", "ParamSpecArgs", "ParamSpecKwargs", "Required",
    "reveal_type", "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias",
    "TypeGuard", "Unpack",
]

TYPE_CHECKING = False

_NoneType = type(None)
_UnionType = type(int | str)
_BuiltinAlias = type(list[int])
_FunctionType = type(lambda: None)
_ModuleType = type(sys)


class _SampleMethods:
    def method(self):
        pass


_MethodType = type(_SampleMethods().method)
_BuiltinFunctionType = type(len)
_WrapperDescriptorType = type(object.__init__)
_MethodWrapperType = type(object().__str__)
_MethodDescriptorType = type(str.join)
_ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
del _SampleMethods


# ---------------------------------------------------------------------------------------------
# Small helpers


def _caller_module(depth=2):
    """Name of the module that called the function `depth - 1` levels above this one."""
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


def _is_dunder(name):
    return name.startswith("__") and name.endswith("__")


def _type_repr(obj):
    """How a type appears inside the repr of an alias: classes by qualified name (builtins
    unqualified), `...` for Ellipsis, functions by name, anything else by repr()."""
    if isinstance(obj, type) and not isinstance(obj, _BuiltinAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None stands for NoneType and a string for a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that `arg` may be used as a type argument and return it converted."""
    invalid = (Generic, Protocol)
    if not allow_special_forms:
        invalid_forms = (ClassVar,)
        if is_argument:
            invalid_forms = (ClassVar, Final)
    else:
        invalid_forms = ()
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_forms:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, NoReturn, Never, Self, TypeAlias, LiteralString):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in invalid:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_typevar_like(arg):
    return isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple))


def _collect_parameters(args):
    """The type variables found in `args`, in order of first appearance."""
    found = []
    for arg in args:
        if isinstance(arg, type) and not isinstance(arg, _BuiltinAlias):
            continue
        if _is_typevar_like(arg):
            if arg not in found:
                found.append(arg)
            continue
        if isinstance(arg, _UnpackGenericAlias):
            inner = arg.__args__[0]
            if inner not in found:
                found.append(inner)
            continue
        if isinstance(arg, (_BuiltinAlias, _UnionType)):
            inner = _collect_parameters(getattr(arg, "__args__", ()))
        elif isinstance(arg, (list, tuple)):
            inner = _collect_parameters(arg)
        else:
            inner = getattr(arg, "__parameters__", ())
            if not isinstance(inner, tuple):
                inner = ()
        for param in inner:
            if param not in found:
                found.append(param)
    return tuple(found)


def _check_generic(cls, parameters, elen):
    """Check the number of arguments given to a generic alias or class."""
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    if alen != elen:
        which = "many" if alen > elen else "few"
        raise TypeError(f"Too {which} arguments for {cls}; actual {alen}, expected {elen}")


def _rebuild(arg, new_args):
    """Rebuild a builtin alias (list[T]) or a `|` union with new arguments."""
    if isinstance(arg, _UnionType):
        return functools.reduce(operator.or_, new_args)
    if isinstance(arg, _BuiltinAlias):
        return arg.__origin__[tuple(new_args)]
    return arg.copy_with(tuple(new_args))


def _substitute(arg, subst):
    """Replace the type variables in `arg` by their values in `subst`."""
    if _is_typevar_like(arg):
        return subst.get(arg, arg)
    if isinstance(arg, _UnpackGenericAlias):
        return arg
    if isinstance(arg, (list, tuple)) and not isinstance(arg, type):
        return type(arg)(_substitute(a, subst) for a in arg)
    if isinstance(arg, (_BuiltinAlias, _UnionType)):
        old = getattr(arg, "__args__", ())
        if not _collect_parameters(old):
            return arg
        return _rebuild(arg, [_substitute(a, subst) for a in old])
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    return arg


def _prepare_paramspec_args(params, args):
    """With a single ParamSpec parameter, `X[int, str]` means `X[[int, str]]`."""
    if len(params) == 1 and isinstance(params[0], ParamSpec) and not _is_param_expr(args[0] if args else None):
        return (args,)
    return tuple(tuple(a) if isinstance(a, list) else a for a in args)


def _subscript(alias, params, args):
    """Substitute `args` for the type variables `params` of `alias.__args__`."""
    if not isinstance(args, tuple):
        args = (args,)
    args = tuple(_type_convert(a) for a in args)
    if any(isinstance(p, ParamSpec) for p in params):
        args = _prepare_paramspec_args(params, args)
    _check_generic(alias, args, len(params))
    subst = dict(zip(params, args))
    new_args = []
    for arg in alias.__args__:
        value = _substitute(arg, subst)
        if isinstance(alias.__origin__, type) and alias.__origin__ is collections.abc.Callable \
                and isinstance(arg, ParamSpec) and isinstance(value, tuple):
            new_args.extend(value)
        else:
            new_args.append(value)
    return alias.copy_with(tuple(new_args))


def _dedupe(params):
    result = []
    for p in params:
        if not any(p == q and type(p) is type(q) or p is q for q in result):
            result.append(p)
    return tuple(result)


def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, _UnionGenericAlias) or isinstance(p, _UnionType):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return _dedupe(flat)


# ---------------------------------------------------------------------------------------------
# Base classes of the special objects


class _Final:
    """Base of the typing objects that user code may not subclass."""

    __slots__ = ("__weakref__",)

    def __init_subclass__(cls, *args, **kwargs):
        if "_root" not in kwargs:
            raise TypeError("Cannot subclass special typing classes")


class _NotIterable:
    """Aliases are not iterable although they have __getitem__."""

    __slots__ = ()
    __iter__ = None


class _SpecialForm(_Final, _NotIterable, _root=True):
    """A special form such as Union, Optional, ClassVar: subscript it, do not call it."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


def _special_form(name, doc):
    def getitem(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return type.__instancecheck__(self, obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return type.__repr__(self)


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


NoReturn = _special_form("NoReturn", "Special type indicating functions that never return.")
Never = _special_form("Never", "The bottom type, a type that has no members.")
Self = _special_form("Self", "Used to spell the type of \"self\" in classes.")
LiteralString = _special_form("LiteralString", "Represents an arbitrary literal string.")
TypeAlias = _special_form("TypeAlias", "Special marker indicating that an assignment is a type alias.")


def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


ClassVar = _SpecialForm(ClassVar)


def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


Final = _SpecialForm(Final)


def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


Union = _SpecialForm(Union)


def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, None]


Optional = _SpecialForm(Optional)


def Literal(self, *parameters):
    """A type whose values are exactly the given literals."""
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique = []
    seen = []
    for p in flat:
        key = (p, type(p))
        try:
            known = key in seen
        except TypeError:
            known = False
        if not known:
            seen.append(key)
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


Literal = _LiteralSpecialForm(Literal)


def Concatenate(self, parameters):
    """Used with Callable and ParamSpec to add parameters in front of a parameter list."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


Concatenate = _SpecialForm(Concatenate)


def TypeGuard(self, parameters):
    """Marks the return type of a user-defined type guard function."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _GenericAlias(self, (item,))


TypeGuard = _SpecialForm(TypeGuard)


def Required(self, parameters):
    """Marks a key of a TypedDict as required."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


Required = _SpecialForm(Required)


def NotRequired(self, parameters):
    """Marks a key of a TypedDict as possibly missing."""
    item = _type_check(parameters, f"{self._name} accepts only a single type.")
    return _GenericAlias(self, (item,))


NotRequired = _SpecialForm(NotRequired)


def Unpack(self, parameters):
    """Unpacks a TypeVarTuple (the same as writing *Ts)."""
    item = _type_check(parameters, f"{self._name} accepts only single type.")
    return _UnpackGenericAlias(self, (item,))


Unpack = _SpecialForm(Unpack)


# ---------------------------------------------------------------------------------------------
# Forward references


class ForwardRef(_Final, _root=True):
    """A type written as a string, evaluated later by get_type_hints()."""

    __slots__ = ("__forward_arg__", "__forward_code__", "__forward_evaluated__",
                 "__forward_value__", "__forward_is_argument__", "__forward_is_class__",
                 "__forward_module__")

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        source = arg[1:] if arg.startswith("*") else arg
        try:
            code = compile(source, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}") from None
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                module = sys.modules.get(self.__forward_module__, None)
                globalns = getattr(module, "__dict__", globalns)
            value = eval(self.__forward_code__, globalns, localns)
            value = _type_check(value, "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(value, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module = ""
        else:
            module = f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module})"


# ---------------------------------------------------------------------------------------------
# Type variables


class _TypeVarLike:
    """Shared behaviour of TypeVar and ParamSpec: `|` and variance prefixes in the repr."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def _set_variance(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None


class TypeVar(_Final, _TypeVarLike, _root=True):
    """A type variable: T = TypeVar('T'), optionally bound or constrained."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts'); used as *Ts."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    """The type of P.args for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final, _root=True):
    """The type of P.kwargs for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_Final, _TypeVarLike, _root=True):
    """A parameter specification variable: the parameters of a callable."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        module = _caller_module()
        if module != "typing":
            self.__module__ = module


# ---------------------------------------------------------------------------------------------
# Generic aliases: List[int], Union[int, str], Callable[[int], str], ...


class _BaseGenericAlias(_Final, _root=True):
    """Common behaviour of subscripted and unsubscripted aliases of classes."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if "__origin__" in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if _is_dunder(attr) or attr in ("_name", "_inst", "_nparams", "_defaults"):
            object.__setattr__(self, attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return sorted(set(object.__dir__(self)
                          | {a for a in dir(self.__origin__) if not _is_dunder(a)}))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """An alias with arguments: List[int], Dict[str, T], Box[int], ClassVar[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        return _subscript(self, self.__parameters__, args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f"{name}[{args}]"

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted alias of a class: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == "builtins":
            self.__doc__ = f"A generic version of {origin.__qualname__}."
        else:
            self.__doc__ = f"A generic version of {origin.__module__}.{origin.__qualname__}."

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Callable[[arg, ...], result]; __args__ holds the arguments then the result."""

    def __repr__(self):
        if len(self.__args__) == 2 and _is_param_expr(self.__args__[0]):
            return super().__repr__()
        args = ", ".join(_type_repr(a) for a in self.__args__[:-1])
        return f"typing.Callable[[{args}], {_type_repr(self.__args__[-1])}]"

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        return self.__getitem_inner__((args, result))

    def __getitem_inner__(self, params):
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        return self.copy_with((*args, result))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Union[X, Y]; shown as Optional[X] when one of two members is None."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        func, (origin, args) = super().__reduce__()
        return func, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[v, ...]: equality ignores the order of the values."""

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type(self.__args__)) == set(_value_and_type(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type(self.__args__)))


def _value_and_type(args):
    return [(a, type(a)) for a in args]


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return "*" + _type_repr(self.__args__[0])


class _TypingEllipsis:
    """Internal marker for `...` inside Tuple[int, ...] and Callable[..., T]."""


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


_abc = collections.abc

Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name="AbstractSet")
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Deque = _alias(collections.deque, 1, name="Deque")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name="Dict")
DefaultDict = _alias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name="Type")

_LAZY_ALIASES = {
    "ContextManager": ("contextlib", "AbstractContextManager", 1),
    "AsyncContextManager": ("contextlib", "AbstractAsyncContextManager", 1),
    "Pattern": ("re", "Pattern", 1),
    "Match": ("re", "Match", 1),
}


def __getattr__(name):
    """Aliases of classes from modules typing does not import up front."""
    if name in _LAZY_ALIASES:
        module_name, attr, nparams = _LAZY_ALIASES[name]
        module = __import__(module_name)
        alias = _alias(getattr(module, attr), nparams, name=name)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


for _lazy_name in list(_LAZY_ALIASES):
    try:
        __getattr__(_lazy_name)
    except ImportError:
        # Not available in this build yet: keep it out of `from typing import *`.
        __all__.remove(_lazy_name)
del _lazy_name


# ---------------------------------------------------------------------------------------------
# Generic and Protocol


class Generic:
    """Base class for generic classes: class Box(Generic[T]) makes Box[int] valid."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            cls_params = cls.__dict__.get("__parameters__", getattr(cls, "__parameters__", ()))
            if any(isinstance(p, ParamSpec) for p in cls_params):
                params = _prepare_paramspec_args(cls_params, params)
            _check_generic(cls, params, len(cls_params))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if "__orig_bases__" in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != "Protocol"
                     and type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if "__orig_bases__" in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
                    the_base = base.__origin__.__name__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    missing = ", ".join(str(t) for t in tvars if t not in gvarset)
                    listed = ", ".join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({missing}) are not listed in "
                                    f"{the_base}[{listed}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


# Attributes that never count as protocol members.
_PROTO_SPECIAL = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__",
    "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
    "__parameters__", "__orig_bases__", "__qualname__", "__init_subclass__",
    "_is_protocol", "_is_runtime_protocol", "__protocol_attrs__", "__match_args__",
    "_MutableMapping__marker", "__orig_class__",
})

_PROTO_ALLOWED_BASES = {
    "collections.abc": {"Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable",
                        "Hashable", "Sized", "Container", "Collection", "Reversible"},
    "contextlib": {"AbstractContextManager", "AbstractAsyncContextManager"},
}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = base.__dict__.get("__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith("_abc_") and attr not in _PROTO_SPECIAL:
                attrs.add(attr)
    return attrs


def _callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _protocol_attrs(cls))


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


_reckless_checks = [0]


_ABCMeta = type(collections.abc.Iterable)


class _ProtocolMeta(_ABCMeta):
    """Metaclass of protocol classes: isinstance() checks members structurally."""

    def __instancecheck__(cls, instance):
        if not getattr(cls, "_is_protocol", False) or cls is Protocol:
            return _ABCMeta.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if type.__subclasscheck__(cls, type(instance)):
            return True
        if _callable_members_only(cls) and issubclass(type(instance), cls):
            return True
        present = True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                present = False
                break
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                present = False
                break
        if present:
            return True
        _reckless_checks[0] += 1
        try:
            return _ABCMeta.__instancecheck__(cls, instance)
        finally:
            _reckless_checks[0] -= 1


def _proto_hook(cls, other):
    if not cls.__dict__.get("_is_protocol", False):
        return NotImplemented
    if not getattr(cls, "_is_runtime_protocol", False):
        if _reckless_checks[0]:
            return NotImplemented
        raise TypeError("Instance and class checks can only be used with "
                        "@runtime_checkable protocols")
    if not _callable_members_only(cls):
        if _reckless_checks[0]:
            return NotImplemented
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError("issubclass() arg 1 must be a class")
    for attr in _protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = base.__dict__.get("__annotations__", {})
            if (isinstance(annotations, collections.abc.Mapping) and attr in annotations
                    and issubclass(other, Generic) and other._is_protocol):
                break
        else:
            return NotImplemented
    return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for structural types: a class matches a runtime-checkable protocol when it
    has all of the protocol's members, whatever its bases."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            allowed = _PROTO_ALLOWED_BASES.get(getattr(base, "__module__", None), ())
            if not (base in (object, Generic)
                    or base.__name__ in allowed
                    or (issubclass(base, Generic) and base._is_protocol)):
                raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) or not cls._is_protocol:
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)
AnyStr = TypeVar("AnyStr", bytes, str)
Text = str


@runtime_checkable
class SupportsInt(Protocol):
    """An object with an __int__ method."""
    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An object with a __float__ method."""
    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An object with a __complex__ method."""
    __slots__ = ()

    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An object with a __bytes__ method."""
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An object with an __index__ method."""
    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An object with an __abs__ method."""
    __slots__ = ()

    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An object with a __round__ method."""
    __slots__ = ()

    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# ---------------------------------------------------------------------------------------------
# Annotated


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: __origin__ is T and __metadata__ holds the annotations."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name="Annotated")
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        metadata = ", ".join(repr(a) for a in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {metadata}]"

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return "Annotated"
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: Annotated[int, ValueRange(0, 10)]."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---------------------------------------------------------------------------------------------
# Evaluating annotations


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluate the forward references in `t`, recursively."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, _BuiltinAlias, _UnionType)):
        if isinstance(t, _BuiltinAlias):
            args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        else:
            args = t.__args__
        new_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if all(a is b for a, b in zip(new_args, t.__args__)):
            return t
        if isinstance(t, _CallableGenericAlias) or isinstance(t, _AnnotatedAlias):
            return t.copy_with(new_args)
        if isinstance(t, _BuiltinAlias):
            return t.__origin__[new_args]
        if isinstance(t, _UnionType):
            return functools.reduce(operator.or_, new_args)
        return t.copy_with(new_args)
    return t


def _strip_annotations(t):
    """Drop Annotated, Required and NotRequired wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, (_GenericAlias, _BuiltinAlias, _UnionType)):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if all(a is b for a, b in zip(stripped, t.__args__)):
            return t
        if isinstance(t, _BuiltinAlias):
            return t.__origin__[stripped]
        if isinstance(t, _UnionType):
            return functools.reduce(operator.or_, stripped)
        return t.copy_with(stripped)
    return t


_allowed_types = (_FunctionType, _BuiltinFunctionType, _MethodType, _ModuleType,
                  _WrapperDescriptorType, _MethodWrapperType, _MethodDescriptorType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return the annotations of a module, class, method or function as a dict, with string
    annotations evaluated (in the globals of the object's module) and, unless include_extras
    is true, Annotated/Required/NotRequired wrappers removed."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                module = sys.modules.get(base.__module__, None)
                base_globals = getattr(module, "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # Module names win over class attributes of the same name.
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if isinstance(obj, _ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, _allowed_types):
            return {}
        raise TypeError(f"{obj!r} is not a module, class, method, or function.")
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = _NoneType
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, _ModuleType), is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """The unsubscripted form of a type: get_origin(List[int]) is list, get_origin(Union[int,
    str]) is Union, and None for types that are not aliases."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _BuiltinAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type, with Callable's parameters as a list:
    get_args(Callable[[int], str]) == ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        res = tp.__args__
        if (tp.__origin__ is collections.abc.Callable
                and not (len(res) == 2 and _is_param_expr(res[0]))):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


# ---------------------------------------------------------------------------------------------
# Decorators and small functions


def cast(typ, val):
    """Tell a type checker that `val` has type `typ`; at run time, return `val` unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that `val` has type `typ`; returns `val`."""
    return val


def assert_never(arg, /):
    """Mark code that should be unreachable; raises AssertionError when reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the run-time type of `obj` to stderr and return it unchanged."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as creating dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for the overloaded signatures of a function; the undecorated definition that
    follows is the implementation."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        line = f.__code__.co_firstlineno
    except AttributeError:
        return _overload_dummy
    _overload_registry.setdefault(key, {})[line] = func
    return _overload_dummy


def get_overloads(func):
    """The @overload-decorated definitions registered under `func`'s name, in order."""
    f = getattr(func, "__func__", func)
    key = (getattr(f, "__module__", None), getattr(f, "__qualname__", None))
    return list(_overload_registry.get(key, {}).values())


def clear_overloads():
    """Forget every registered overload."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class as final (not to be overridden or subclassed)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Tell type checkers to ignore the annotations of a function or class."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, "__qualname__")
                    or obj.__qualname__ != f"{arg.__qualname__}.{obj.__name__}"
                    or getattr(obj, "__module__", None) != arg.__module__):
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, _MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make a decorator whose results are marked with no_type_check."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


# ---------------------------------------------------------------------------------------------
# NewType


class _NewTypeSubclassError:
    """Stand-in base that explains why a NewType cannot be subclassed."""

    def __init_subclass__(cls, **kwargs):
        raise TypeError(
            f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
            f"`{cls.__name__} = NewType({cls.__name__!r}, {_NewTypeSubclassError._target})`")


class NewType:
    """A distinct name for an existing type: UserId = NewType('UserId', int). Calling it
    returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        _NewTypeSubclassError._target = self.__name__
        return (_NewTypeSubclassError,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------------------------------------
# NamedTuple


_NAMEDTUPLE_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                                    "_fields", "_field_defaults", "_make", "_replace",
                                    "_asdict", "_source"})
_NAMEDTUPLE_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                plural = "s" if len(default_names) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow "
                                f"default field{plural} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        for key in ns:
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple, usable as a base class with annotated fields
    or called as NamedTuple('Name', [('field', type), ...])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ---------------------------------------------------------------------------------------------
# TypedDict


def _typeddict_qualifiers(tp):
    while True:
        if isinstance(tp, _AnnotatedAlias):
            tp = tp.__origin__
        elif isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired):
            yield tp.__origin__
            tp = tp.__args__[0]
        else:
            return


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own_annotations = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg, module=tp_dict.__module__)
                           for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own_annotations)
        for key, tp in own_annotations.items():
            qualifiers = set(_typeddict_qualifiers(tp))
            if Required in qualifiers:
                required = True
            elif NotRequired in qualifiers:
                required = False
            else:
                required = total
            if required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, name, bases, ns, total=True):
        type.__init__(cls, name, bases, ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys, declared with a class body or called as
    TypedDict('Name', {'key': type, ...}); instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated "
                      "in Python 3.11, will be removed in Python 3.13, and may not be "
                      "understood by third-party type checkers.",
                      DeprecationWarning, stacklevel=2)
    ns = {"__annotations__": dict(fields)}
    module = _caller_module()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Whether `tp` is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------------------------------------
# I/O types


class IO(Generic[AnyStr]):
    """Generic base class for file-like objects (TextIO and BinaryIO)."""

    __slots__ = ()

    @property
    def mode(self) -> str:
        pass

    @property
    def name(self) -> str:
        pass

    def close(self) -> None:
        pass

    @property
    def closed(self) -> bool:
        pass

    def fileno(self) -> int:
        pass

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        pass

    def read(self, n: int = -1) -> AnyStr:
        pass

    def readable(self) -> bool:
        pass

    def readline(self, limit: int = -1) -> AnyStr:
        pass

    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    def seekable(self) -> bool:
        pass

    def tell(self) -> int:
        pass

    def truncate(self, size: int = None) -> int:
        pass

    def writable(self) -> bool:
        pass

    def write(self, s: AnyStr) -> int:
        pass

    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    def __enter__(self) -> "IO[AnyStr]":
        pass

    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    def write(self, s: Union[bytes, bytearray]) -> int:
        pass

    def __enter__(self) -> "BinaryIO":
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    def buffer(self) -> BinaryIO:
        pass

    @property
    def encoding(self) -> str:
        pass

    @property
    def errors(self) -> Optional[str]:
        pass

    @property
    def line_buffering(self) -> bool:
        pass

    @property
    def newlines(self) -> Any:
        pass

    def __enter__(self) -> "TextIO":
        pass
