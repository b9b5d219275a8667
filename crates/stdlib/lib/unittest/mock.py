"""Mock objects for tests (pyrite's unittest.mock).

A Mock records what is done with it -- attributes fetched, calls made --
and can be told what to answer.  Attributes and return values of a mock
are mocks themselves, created on first use, so whole object graphs can be
faked in one line.  MagicMock also answers the special methods (len(),
iteration, `with`, comparisons, arithmetic...).  patch() puts a mock in
place of a real object for the duration of a test.

Public names: Mock, MagicMock, NonCallableMock, NonCallableMagicMock,
PropertyMock, AsyncMock, patch (with patch.object, patch.dict,
patch.multiple, patch.stopall), call, ANY, DEFAULT, sentinel, mock_open,
create_autospec, seal, FILTER_DIR.

The reprs, the recorded calls and the assertion messages are those of
CPython 3.11.  Signatures of specs are read from code objects (pyrite has
no `inspect`), which covers functions, methods and classes written in
Python.
"""

__all__ = (
    'Mock',
    'MagicMock',
    'patch',
    'sentinel',
    'DEFAULT',
    'ANY',
    'call',
    'create_autospec',
    'AsyncMock',
    'FILTER_DIR',
    'NonCallableMock',
    'NonCallableMagicMock',
    'mock_open',
    'PropertyMock',
    'seal',
)

import sys
import builtins
from functools import wraps, partial

from pprint import pformat as _pformat

FILTER_DIR = True

_FunctionType = type(lambda: None)


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)
_ModuleType = type(sys)


# ---------------------------------------------------------------------------
# Sentinels


class _SentinelObject(object):
    """A named marker object, as found on `sentinel`."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel(object):
    """sentinel.anything is a unique object named 'sentinel.anything'
    (the same one every time that name is used)."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            # Keep introspection tools from taking this for a class.
            raise AttributeError
        found = self._sentinels.get(name)
        if found is None:
            found = self._sentinels[name] = _SentinelObject(name)
        return found

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()

DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY(object):
    """Equal to everything: a wildcard inside expected calls."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


class InvalidSpecError(Exception):
    """A mock was given as the spec of another mock."""


# ---------------------------------------------------------------------------
# Small predicates


def _is_instance_mock(obj):
    # type(obj) because a mock with a spec lies about its __class__.
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _extract_mock(obj):
    # The function create_autospec makes for a function keeps its mock
    # in the `mock` attribute.
    if isinstance(obj, _FunctionType) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


def _is_list(obj):
    return type(obj) in (list, tuple)


def _is_magic(name):
    return len(name) >= 4 and name[:2] == name[-2:] == '__'


def _instance_callable(obj):
    """Are the instances of class obj (or obj itself) callable?"""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for klass in (obj,) + obj.__mro__:
        if klass.__dict__.get('__call__') is not None:
            return True
    return False


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, _MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _is_coroutine_function(obj):
    target = getattr(obj, '__func__', obj)
    code = getattr(target, '__code__', None)
    return code is not None and bool(getattr(code, 'co_flags', 0) & 0x80)


def _safe_repr(obj):
    from .util import safe_repr
    return safe_repr(obj)


# ---------------------------------------------------------------------------
# Calls


def _format_call_signature(name, args, kwargs):
    """'name(arg1, arg2, key=value)' with the reprs of the arguments."""
    pieces = [repr(arg) for arg in args]
    pieces.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(pieces))


def _split_call(value, name=''):
    # A call given as a tuple of 0 to 3 items -> (name, args, kwargs); name
    # is kept when the tuple gives none.  Two items may be (args, kwargs),
    # (name, args) or (name, kwargs).
    args, kwargs = (), {}
    size = len(value)
    if size == 3:
        name, args, kwargs = value
    elif size == 2:
        first, second = value
        if isinstance(first, str):
            name = first
            if isinstance(second, tuple):
                args = second
            else:
                kwargs = second
        else:
            args, kwargs = first, second
    elif size == 1:
        (only,) = value
        if isinstance(only, str):
            name = only
        elif isinstance(only, tuple):
            args = only
        else:
            kwargs = only
    return name, args, kwargs


class _Call(tuple):
    """One call: (args, kwargs) as in call_args, or (name, args, kwargs)
    as in mock_calls.  `call` builds them: call(1, x=2), call.method(3),
    call.method().chained(4).

    Comparisons accept the tuple forms too, and ANY matches any argument.
    """

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        call_name, args, kwargs = _split_call(value, name)
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (call_name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            other_size = len(other)
        except TypeError:
            return NotImplemented

        if len(self) == 2:
            my_name = ''
            my_args, my_kwargs = self
        else:
            my_name, my_args, my_kwargs = self

        mine = getattr(self, '_mock_parent', None)
        theirs = getattr(other, '_mock_parent', None)
        if mine and theirs and mine != theirs:
            return False

        if other_size > 3:
            return False
        other_name, other_args, other_kwargs = _split_call(other)
        if my_name and other_name != my_name:
            return False
        # The other side first, so that an ANY on the expected side is the
        # one asked to compare.
        return (other_args, other_kwargs) == (my_args, my_kwargs)

    __ne__ = object.__ne__

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs),
                     name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self,
                     from_kall=False)

    def __getattribute__(self, attr):
        # Tuple methods (count, index...) would shadow call.count etc.
        if attr in tuple.__dict__:
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def _get_call_arguments(self):
        if len(self) == 2:
            return tuple.__getitem__(self, 0), tuple.__getitem__(self, 1)
        return tuple.__getitem__(self, 1), tuple.__getitem__(self, 2)

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            # An attribute path such as call.method (not called yet).
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self) == 2:
            name = 'call'
        else:
            name = tuple.__getitem__(self, 0)
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        args, kwargs = self._get_call_arguments()
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The list of the calls a chained call stands for:
        call(1).method(2).call_list() == [call(1), call().method(2)]."""
        found = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                found.append(link)
            link = link._mock_parent
        found.reverse()
        return _CallList(found)


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls where `in` also finds a list of calls appearing as
    a consecutive run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        size = len(value)
        for start in range(len(self) - size + 1):
            if self[start:start + size] == value:
                return True
        return False

    def __repr__(self):
        return _pformat(list(self))


class _AnyComparer(list):
    """List of calls whose `in` compares item by item with the expected
    call on the left (so that ANY in the expectation works)."""

    def __contains__(self, item):
        for candidate in self:
            assert len(item) == len(candidate)
            if all(expected == actual for expected, actual in zip(item, candidate)):
                return True
        return False


# ---------------------------------------------------------------------------
# Signatures, read from code objects


_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08


class _Signature:
    """The parameters of a Python function, for binding calls the way
    inspect.Signature.bind does (same TypeError messages)."""

    def __init__(self, func, skip_first=False):
        code = func.__code__
        names = list(code.co_varnames)
        count = code.co_argcount
        kwonly_count = code.co_kwonlyargcount
        self.positional = names[:count]
        self.posonly = getattr(code, 'co_posonlyargcount', 0)
        self.kwonly = names[count:count + kwonly_count]
        position = count + kwonly_count
        self.varargs = self.varkw = None
        if code.co_flags & _CO_VARARGS:
            self.varargs = names[position]
            position += 1
        if code.co_flags & _CO_VARKEYWORDS:
            self.varkw = names[position]
        defaults = func.__defaults__ or ()
        self.has_default = set(self.positional[count - len(defaults):]) if defaults else set()
        self.has_default |= set(func.__kwdefaults__ or ())
        if skip_first and self.positional:
            self.positional = self.positional[1:]
            self.posonly = max(0, self.posonly - 1)

    def bind(self, args, kwargs):
        """The call as a _Bound; TypeError when the function would refuse it."""
        values = {}
        args = list(args)
        for name in self.positional:
            if not args:
                break
            values[name] = args.pop(0)
        extra_args = ()
        if args:
            if self.varargs is None:
                raise TypeError('too many positional arguments')
            extra_args = tuple(args)
        keyword_names = self.positional[self.posonly:] + self.kwonly
        extra_kwargs = {}
        for key, value in kwargs.items():
            if key in self.positional[:self.posonly] and self.varkw is None:
                raise TypeError('%r parameter is positional only, but was '
                                'passed as a keyword' % key)
            if key in keyword_names:
                if key in values:
                    raise TypeError('multiple values for argument %r' % key)
                values[key] = value
            elif self.varkw is not None:
                extra_kwargs[key] = value
            else:
                raise TypeError('got an unexpected keyword argument %r' % key)
        for name in self.positional + self.kwonly:
            if name not in values and name not in self.has_default:
                raise TypeError('missing a required argument: %r' % name)
        return _Bound(self, values, extra_args, extra_kwargs)


class _Bound:
    """A call bound to a signature.  args/kwargs are its canonical form:
    what was passed, each value under its parameter (defaults not added)."""

    def __init__(self, signature, values, extra_args, extra_kwargs):
        positional = []
        for name in signature.positional:
            if name not in values:
                break
            positional.append(values[name])
        keywords = {}
        for name in signature.positional[len(positional):] + signature.kwonly:
            if name in values:
                keywords[name] = values[name]
        keywords.update(extra_kwargs)
        self.args = tuple(positional) + tuple(extra_args)
        self.kwargs = keywords


def _signature_for(spec, as_instance=False, skip_first=None):
    """A _Signature for calls of spec (a function, method, class or callable
    instance written in Python), or None."""
    skip = False
    target = spec
    if isinstance(spec, type) and not as_instance:
        target = spec.__dict__.get('__init__') or getattr(spec, '__init__', None)
        skip = True
    elif isinstance(spec, type) and as_instance:
        target = getattr(spec, '__call__', None)
        skip = True
    elif not isinstance(spec, (_FunctionType, _MethodType)):
        target = getattr(type(spec), '__call__', None)
        skip = True
    if isinstance(target, _MethodType):
        target = target.__func__
        skip = True
    if isinstance(target, (staticmethod, classmethod)):
        target = target.__func__
    if skip_first:
        skip = True
    if not isinstance(target, _FunctionType) or not hasattr(target, '__code__'):
        return None
    return _Signature(target, skip_first=skip)


# ---------------------------------------------------------------------------
# Special methods


# The special methods MagicMock sets up by itself.
_magics = set()
for _group in ('lt le gt ge eq ne',
               'getitem setitem delitem len contains iter',
               'hash str sizeof enter exit',
               'divmod rdivmod neg pos abs invert',
               'complex int float index round trunc floor ceil',
               'bool next fspath aiter'):
    _magics.update('__%s__' % name for name in _group.split())
for _op in 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'.split():
    _magics.update(('__%s__' % _op, '__i%s__' % _op, '__r%s__' % _op))
del _group, _op

# Special methods that may be set by hand but are not there by default.
_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__',
    '__repr__', '__dir__', '__subclasses__', '__format__',
    '__getnewargs_ex__',
}

_async_method_magics = {"__aenter__", "__aexit__", "__anext__"}
_sync_async_magics = {"__aiter__"}
_async_magics = _async_method_magics | _sync_async_magics

_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics

# Setting these on a mock is refused.
_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}

# What the preconfigured special methods return.
_return_values = {
    '__lt__': NotImplemented,
    '__gt__': NotImplemented,
    '__le__': NotImplemented,
    '__ge__': NotImplemented,
    '__int__': 1,
    '__contains__': False,
    '__len__': 0,
    '__exit__': False,
    '__complex__': 1j,
    '__float__': 1.0,
    '__bool__': True,
    '__index__': 1,
    '__aexit__': False,
}


def _default_fspath(mock):
    return '%s/%s/%s' % (type(mock).__name__, mock._extract_mock_name(), id(mock))


# Return values computed from the mock itself.
_calculate_return_value = {
    '__hash__': lambda mock: object.__hash__(mock),
    '__str__': lambda mock: object.__str__(mock),
    '__sizeof__': lambda mock: object.__sizeof__(mock),
    '__fspath__': _default_fspath,
}


def _eq_side_effect(mock):
    def __eq__(other):
        configured = mock.__eq__._mock_return_value
        if configured is not DEFAULT:
            return configured
        return True if mock is other else NotImplemented
    return __eq__


def _ne_side_effect(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if mock is other else NotImplemented
    return __ne__


def _iter_side_effect(mock):
    def __iter__():
        configured = mock.__iter__._mock_return_value
        if configured is DEFAULT:
            return iter([])
        return iter(configured)
    return __iter__


def _aiter_side_effect(mock):
    def __aiter__():
        configured = mock.__aiter__._mock_return_value
        if configured is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(configured))
    return __aiter__


_side_effect_methods = {
    '__eq__': _eq_side_effect,
    '__ne__': _ne_side_effect,
    '__iter__': _iter_side_effect,
    '__aiter__': _aiter_side_effect,
}


def _configure_magic(mock, method, name):
    """Give the child mock `method` (special method `name` of mock) its
    default behaviour."""
    if name in _return_values:
        method.return_value = _return_values[name]
    elif name in _calculate_return_value:
        method.return_value = _calculate_return_value[name](mock)
    elif name in _side_effect_methods:
        method.side_effect = _side_effect_methods[name](mock)


def _get_method(name, func):
    """A real function calling func(self, ...), to install a non-mock
    callable as a special method on the mock's class."""
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


# ---------------------------------------------------------------------------
# The mock classes


# Names set through object.__setattr__ without the checks of __setattr__
# (several are properties).
_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect',
    '_mock_side_effect', '_mock_parent', '_mock_new_parent',
    '_mock_name', '_mock_new_name',
}


def _delegating_property(name):
    """A property stored as _mock_<name>, or on the delegate (the function
    wrapping the mock, for autospecced functions) when there is one."""
    _allowed_names.add(name)
    slot = '_mock_' + name

    def getter(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, slot)
        return getattr(delegate, name)

    def setter(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[slot] = value
        else:
            setattr(delegate, name, value)

    return property(getter, setter)


def _check_and_set_parent(parent, value, name, new_name):
    """Make value (when it is a free mock) a child of parent, so that its
    calls are recorded by parent too.  True when it was adopted."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name
            or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


def _try_iter(obj):
    # side_effect: exceptions and callables stay, iterables become iterators.
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class _MockIter(object):
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


class _SpecState(object):
    """A not-yet-created autospecced attribute."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


class Base(object):
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


_DENIED_PREFIXES = ('assert', 'assret', 'asert', 'aseert', 'assrt')


class NonCallableMock(Base):
    """The base of the mock classes; a mock that cannot be called.

    spec -- a class, an object or a list of names: only those attributes
            exist, and isinstance() sees the spec's class
    spec_set -- like spec, and setting other attributes fails too
    wraps -- calls and attributes go through to this object
    name -- shown in the repr and in the messages
    unsafe -- allow attribute names starting with "assert"
    Other keyword arguments set attributes ("a.b" names reach children).
    """

    def __new__(cls, /, *args, **kw):
        # A class of its own for every mock, so that special methods can be
        # set on one mock without affecting the others.
        own_class = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        state = self.__dict__
        state['_mock_parent'] = parent
        state['_mock_name'] = name
        state['_mock_new_name'] = _new_name
        state['_mock_new_parent'] = _new_parent
        state['_mock_sealed'] = False

        if spec_set is not None:
            spec, spec_set = spec_set, True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)

        state['_mock_children'] = {}
        state['_mock_wraps'] = wraps
        state['_mock_delegate'] = None
        state['_mock_called'] = False
        state['_mock_call_args'] = None
        state['_mock_call_count'] = 0
        state['_mock_call_args_list'] = _CallList()
        state['_mock_mock_calls'] = _CallList()
        state['method_calls'] = _CallList()
        state['_mock_unsafe'] = unsafe

        if kwargs:
            self.configure_mock(**kwargs)
        super(NonCallableMock, self).__init__(spec, wraps, name, spec_set,
                                              parent, _spec_state)

    # -- specs -----------------------------------------------------------

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock to the attributes of spec (and, with spec_set,
        refuse setting others)."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False,
                       _eat_self=False):
        spec_class = None
        signature = None
        async_names = []
        if spec is not None and not _is_list(spec):
            spec_class = spec if isinstance(spec, type) else type(spec)
            signature = _signature_for(spec, _spec_as_instance, _eat_self)
            names = dir(spec)
            for attr in names:
                if _is_coroutine_function(getattr(spec, attr, None)):
                    async_names.append(attr)
            spec = names
        state = self.__dict__
        state['_spec_class'] = spec_class
        state['_spec_set'] = spec_set
        state['_spec_signature'] = signature
        state['_mock_methods'] = spec
        state['_spec_asyncs'] = async_names

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    # -- return value and side effect --------------------------------------

    def _get_return_value(self):
        value = self._mock_return_value
        if self._mock_delegate is not None:
            value = self._mock_delegate.return_value
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = value
        return value

    def _set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self._mock_return_value = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value, None,
                            "What calling the mock returns (a child mock "
                            "unless set).")

    def _get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        effect = delegate.side_effect
        if (effect is not None and not callable(effect)
                and not isinstance(effect, _MockIter) and not _is_exception(effect)):
            effect = _MockIter(effect)
            delegate.side_effect = effect
        return effect

    def _set_side_effect(self, value):
        value = _try_iter(value)
        if self._mock_delegate is None:
            self._mock_side_effect = value
        else:
            self._mock_delegate.side_effect = value

    side_effect = property(_get_side_effect, _set_side_effect)

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    # -- configuration ---------------------------------------------------

    def attach_mock(self, mock, attribute):
        """Make mock the attribute `attribute`, recording its calls here."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def configure_mock(self, /, **kwargs):
        """Set attributes; "child.attr" names set attributes of children
        (shallower names first)."""
        for dotted in sorted(kwargs, key=lambda key: key.count('.')):
            *path, last = dotted.split('.')
            target = self
            for step in path:
                target = getattr(target, step)
            setattr(target, last, kwargs[dotted])

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the recorded calls of the mock and its children;
        return_value/side_effect=True forget those settings too."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))

        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.method_calls = _CallList()
        if return_value:
            self._mock_return_value = DEFAULT
        if side_effect:
            self._mock_side_effect = None

        for child in self._mock_children.values():
            if child is _deleted or isinstance(child, _SpecState):
                continue
            child.reset_mock(visited, return_value=return_value,
                             side_effect=side_effect)
        returned = self._mock_return_value
        if _is_instance_mock(returned) and returned is not self:
            returned.reset_mock(visited)

    # -- attributes ---------------------------------------------------------

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_check_sig'):
            raise AttributeError(name)
        allowed = self._mock_methods
        if allowed is not None:
            if name not in allowed or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not allowed or name not in allowed):
            if name.startswith(_DENIED_PREFIXES):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")

        child = self._mock_children.get(name)
        if child is _deleted:
            raise AttributeError(name)
        if child is None:
            wrapped = None
            if self._mock_wraps is not None:
                wrapped = getattr(self._mock_wraps, name)
            child = self._get_child_mock(parent=self, name=name, wraps=wrapped,
                                         _new_name=name, _new_parent=self)
            self._mock_children[name] = child
        elif isinstance(child, _SpecState):
            child = create_autospec(child.spec, child.spec_set, child.instance,
                                    child.parent, child.name)
            self._mock_children[name] = child
        return child

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if _is_instance_mock(value):
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
            else:
                # A plain callable: installed on the class, called with the
                # mock as its first argument.
                setattr(type(self), name, _get_method(name, value))
                function = value
                value = lambda *args, **kw: function(self, *args, **kw)
        elif name == '_mock_methods':
            self._spec_class = None
            return object.__setattr__(self, name, value)
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value

        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError('Cannot set %s.%s' % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        child = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif child is _deleted:
            raise AttributeError(name)
        if child is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def __dir__(self):
        """Public attributes, children and spec names (see FILTER_DIR)."""
        if not FILTER_DIR:
            return object.__dir__(self)
        names = set(self._mock_methods or [])
        names.update(n for n in dir(type(self)) if not n.startswith('_'))
        names.update(n for n in self.__dict__ if not n.startswith('_') or _is_magic(n))
        names.update(n for n, child in self._mock_children.items() if child is not _deleted)
        return sorted(names)

    # -- names and reprs ------------------------------------------------

    def _extract_mock_name(self):
        """The dotted path of the mock from its root, e.g. 'mock.a().b'."""
        parts = [self._mock_new_name]
        link = self._mock_new_parent
        root = self
        joiner = '' if parts == ['()'] else '.'
        while link is not None:
            root = link
            parts.append(link._mock_new_name + joiner)
            joiner = '' if link._mock_new_name == '()' else '.'
            link = link._mock_new_parent
        parts.reverse()
        head = root._mock_name or 'mock'
        if len(parts) > 1 and parts[1] not in ('()', '().'):
            head += '.'
        parts[0] = head
        return ''.join(parts)

    def __repr__(self):
        name = self._extract_mock_name()
        name_part = '' if name in ('mock', 'mock.') else ' name=%r' % name
        spec_part = ''
        if self._spec_class is not None:
            label = 'spec_set' if self._spec_set else 'spec'
            spec_part = ' %s=%r' % (label, self._spec_class.__name__)
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part,
                                     id(self))

    # -- assertions ------------------------------------------------------

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_name or 'mock', args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        expected = self._format_mock_call_signature(args, kwargs)
        actual = self._format_mock_call_signature(*self.call_args)
        return 'expected %s not found.\nExpected: %s\n  Actual: %s' % (
            action, expected, actual)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, _safe_repr(self.mock_calls))

    def _get_call_signature_from_name(self, name):
        # The signature of the child mock a recorded call was made on.
        if not name:
            return self._spec_signature
        signature = None
        children = self._mock_children
        for part in name.replace('()', '').split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            signature = child._spec_signature
        return signature

    def _call_matcher(self, _call):
        """A comparable form of a call: bound to the spec's signature when
        there is one (so positional and keyword forms match), else the
        call; a TypeError instance when it does not fit the signature."""
        if isinstance(_call, tuple) and len(_call) > 2:
            signature = self._get_call_signature_from_name(_call[0])
        else:
            signature = self._spec_signature
        if signature is None:
            return _call
        if len(_call) == 2:
            name = ''
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = signature.bind(args, kwargs)
        except TypeError as error:
            return error.with_traceback(None)
        return _Call((name, bound.args, bound.kwargs))

    def _name_for_messages(self):
        return self._mock_name or 'mock'

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._name_for_messages(), self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fail unless the mock was called."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called."
                                 % self._name_for_messages())

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._name_for_messages(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the most recent call had exactly these arguments."""
        if self.call_args is None:
            raise AssertionError(
                'expected call not found.\nExpected: %s\n  Actual: not called.'
                % self._format_mock_call_signature(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._name_for_messages(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless the calls appear in mock_calls: consecutively and in
        this order, or with any_order=True each one somewhere."""
        expected = [self._call_matcher(c) for c in calls]
        cause = None
        for item in expected:
            if isinstance(item, Exception):
                cause = item
                break
        recorded = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected in recorded:
                return
            if cause is None:
                problem = 'Calls not found.'
            else:
                problem = 'Error processing expected calls.\nErrors: %s' % (
                    [e if isinstance(e, Exception) else None for e in expected],)
            actual = self._calls_repr(prefix="  Actual").rstrip(".")
            raise AssertionError('%s\nExpected: %s%s' % (
                problem, _CallList(calls), actual)) from cause

        remaining = list(recorded)
        missing = []
        for item in expected:
            try:
                remaining.remove(item)
            except ValueError:
                missing.append(item)
        if missing:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (self._name_for_messages(), tuple(missing), remaining)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call (any of them) had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        recorded = _AnyComparer(self._call_matcher(c) for c in self.call_args_list)
        if cause or expected not in recorded:
            raise AssertionError('%s call not found'
                                 % self._format_mock_call_signature(args, kwargs)) from cause

    # -- children ----------------------------------------------------------

    def _get_child_mock(self, /, **kw):
        """Make a child mock (attribute or return value).  Subclasses
        override this to choose the children's class."""
        new_name = kw.get("_new_name")
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        if self._mock_sealed:
            suffix = '.' + kw['name'] if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + suffix)
        own = type(self)
        if issubclass(own, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if (new_name in _all_sync_magics
                    or self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            else:
                klass = Mock
        else:
            # The class this mock's own class was made from.
            klass = own.__mro__[1]
        return klass(**kw)


class CallableMixin(Base):
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super(CallableMixin, self).__init__(spec, wraps, name, spec_set, parent,
                                            _spec_state, _new_name, _new_parent,
                                            **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # Only autospecced mocks check their arguments (see _check_sig).
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        """Record the call here and in every ancestor."""
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        self.mock_calls.append(_Call(('', args, kwargs)))

        # method_calls: ancestors reached through attribute names only.
        method_name = self._mock_name
        record_method = self._mock_parent is not None
        # mock_calls: the path from each ancestor, '()' included.
        path = self._mock_new_name
        path_is_call = path == '()'

        ancestor = self._mock_new_parent
        while ancestor is not None:
            if record_method:
                ancestor.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = ancestor._mock_parent is not None
                if record_method:
                    method_name = ancestor._mock_name + '.' + method_name

            ancestor.mock_calls.append(_Call((path, args, kwargs)))
            if ancestor._mock_new_name:
                joiner = '' if path_is_call else '.'
                path_is_call = ancestor._mock_new_name == '()'
                path = ancestor._mock_new_name + joiner + path
            ancestor = ancestor._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        """Work out the result of a call that was just recorded."""
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if _callable(effect):
                result = effect(*args, **kwargs)
            else:
                result = next(effect)
                if _is_exception(result):
                    raise result
            if result is not DEFAULT:
                return result

        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock.

    Calling it records the call and returns return_value (a child mock by
    default).  side_effect changes that: an exception (class or instance)
    is raised; an iterable gives one item per call (exceptions among them
    are raised); a function is called with the same arguments and its
    result returned unless it is DEFAULT.  See NonCallableMock for spec,
    spec_set, wraps, name and unsafe.
    """


class MagicProxy(Base):
    """Stands on the mock's class for a special method until first used,
    then creates the child mock for it."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        name, parent = self.name, self.parent
        child = parent._get_child_mock(name=name, _new_name=name, _new_parent=parent)
        setattr(parent, name, child)
        _configure_magic(parent, child, name)
        return child

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        # Before the base __init__ (keyword arguments may set special
        # methods) and after it (a spec may have changed what is allowed).
        self._mock_set_magics()
        super(MagicMixin, self).__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        wanted = _magics | _async_method_magics
        own = type(self)
        if getattr(self, "_mock_methods", None) is not None:
            allowed = wanted.intersection(self._mock_methods)
            for name in wanted - allowed:
                if name in own.__dict__:
                    delattr(self, name)
            wanted = allowed
        for name in wanted - set(own.__dict__):
            setattr(own, name, MagicProxy(name, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock (special methods included) to spec."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class AsyncMagicMixin(MagicMixin):
    pass


class MagicMock(MagicMixin, Mock):
    """A Mock with the special methods ready: len() gives 0, iteration is
    empty, `with` works, comparisons and arithmetic return mocks or sensible
    values.  Each is a child mock: m.__len__.return_value = 3."""

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock (special methods included) to spec."""
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class AsyncMockMixin(Base):
    await_count = _delegating_property('await_count')
    await_args = _delegating_property('await_args')
    await_args_list = _delegating_property('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__['_mock_await_count'] = 0
        self.__dict__['_mock_await_args'] = None
        self.__dict__['_mock_await_args_list'] = _CallList()

    async def _execute_mock_call(self, /, *args, **kwargs):
        this_call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = this_call
        self.await_args_list.append(this_call)

        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    # StopIteration cannot leave a coroutine.
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _is_coroutine_function(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result

        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _is_coroutine_function(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Fail unless the mock was awaited."""
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited."
                                 % self._name_for_messages())

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._name_for_messages(), self.await_count))

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            raise AssertionError('Expected await: %s\nNot awaited'
                                 % self._format_mock_call_signature(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(
                args, kwargs, action='await')) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was awaited once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._name_for_messages(), self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless some await had these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        recorded = _AnyComparer(self._call_matcher(c) for c in self.await_args_list)
        if cause or expected not in recorded:
            raise AssertionError('%s await not found'
                                 % self._format_mock_call_signature(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless await_args_list holds calls (in a row, or any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        recorded = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected in recorded:
                return
            if cause is None:
                problem = 'Awaits not found.'
            else:
                problem = 'Error processing expected awaits.\nErrors: %s' % (
                    [e if isinstance(e, Exception) else None for e in expected],)
            raise AssertionError('%s\nExpected: %s\nActual: %s' % (
                problem, _CallList(calls), self.await_args_list)) from cause
        remaining = list(recorded)
        missing = []
        for item in expected:
            try:
                remaining.remove(item)
            except ValueError:
                missing.append(item)
        if missing:
            raise AssertionError('%r not all found in await list'
                                 % (tuple(missing),)) from cause

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._name_for_messages(), self.await_count))

    def reset_mock(self, /, *args, **kwargs):
        """Forget the recorded calls and awaits."""
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A mock whose calls return coroutines; awaiting one gives the result
    (return_value, or according to side_effect) and records the await in
    await_count, await_args and await_args_list."""


class _AsyncIterator:
    """An asynchronous iterator over a plain iterator."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        for item in self.iterator:
            return item
        raise StopAsyncIteration


class PropertyMock(Mock):
    """A mock to set on a class as a property: reading the attribute calls
    the mock with no argument, assigning calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def seal(mock):
    """Forbid the mock and its children to grow new attributes: using one
    that was not configured raises AttributeError."""
    mock._mock_sealed = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        if not isinstance(child, NonCallableMock):
            continue
        if isinstance(child._mock_children.get(name), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)


# ---------------------------------------------------------------------------
# patch


def _resolve_name(name):
    """The object named by 'package.module.attr' (importing as needed)."""
    parts = name.split('.')
    module_name = parts.pop(0)
    obj = __import__(module_name)
    for part in parts:
        module_name += '.' + part
        try:
            obj = getattr(obj, part)
        except AttributeError:
            __import__(module_name)
            obj = getattr(obj, part)
    return obj


def _check_spec_arg_typos(kwargs):
    for typo in ("autospect", "auto_spec", "set_spec"):
        if typo in kwargs:
            raise RuntimeError(
                f"{typo!r} might be a typo; use unsafe=True if this is intended")


class _ExitStack:
    """Enter context managers, exit them in reverse order."""

    def __init__(self):
        self._managers = []

    def enter_context(self, cm):
        value = type(cm).__enter__(cm)
        self._managers.append(cm)
        return value

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        swallowed = False
        error = None
        while self._managers:
            cm = self._managers.pop()
            try:
                if type(cm).__exit__(cm, *exc_info):
                    swallowed = True
                    exc_info = (None, None, None)
            except BaseException as e:
                error = e
                exc_info = (type(e), e, e.__traceback__)
        if error is not None:
            raise error
        return swallowed


_builtins = {name for name in dir(builtins) if not name.startswith('_')}


class _patch(object):
    """One patch: what to replace (getter() gives the target, attribute is
    the name) and by what."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec '
                f'has already been mocked out. [spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec_set '
                f'target has already been mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec,
                      self.create, self.spec_set, self.autospec,
                      self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    # -- as a decorator ----------------------------------------------------

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if _is_coroutine_function(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            method = getattr(klass, name)
            if not hasattr(method, "__call__"):
                continue
            setattr(klass, name, self.copy()(method))
        return klass

    @staticmethod
    def _arguments(patched, args, kwargs, stack):
        # Enter every patch of the decorated function; the mocks they
        # create are added to the arguments (innermost decorator first).
        created = []
        for patching in patched.patchings:
            value = stack.enter_context(patching)
            if patching.attribute_name is not None:
                kwargs.update(value)
            elif patching.new is DEFAULT:
                created.append(value)
        return args + tuple(created), kwargs

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            # Already patched by another decorator: share its wrapper.
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **kwargs):
            with _ExitStack() as stack:
                args, kwargs = _patch._arguments(patched, args, kwargs, stack)
                return func(*args, **kwargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        async def patched(*args, **kwargs):
            with _ExitStack() as stack:
                args, kwargs = _patch._arguments(patched, args, kwargs, stack)
                return await func(*args, **kwargs)

        patched.patchings = [self]
        return patched

    # -- doing the patch ----------------------------------------------------

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, _ModuleType):
            # Builtins can be patched into a module that lacks them.
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def _make_new(self, original):
        """The replacement object for this patch."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")

        if new is DEFAULT and autospec is None:
            return self._make_mock(original, spec, spec_set)
        if autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} as the patch '
                    f'target has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            if _is_instance_mock(autospec):
                target_name = getattr(self.target, '__name__', self.target)
                raise InvalidSpecError(
                    f'Cannot autospec attr {self.attribute!r} from target '
                    f'{target_name!r} as it has already been mocked out. '
                    f'[target={self.target!r}, attr={autospec!r}]')
            return create_autospec(autospec, spec_set=spec_set,
                                   _name=self.attribute, **kwargs)
        if kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        return new

    def _make_mock(self, original, spec, spec_set):
        # spec=True / spec_set=True mean "the object being replaced".
        if spec is True:
            spec = original
            if spec_set is True:
                spec, spec_set = None, original
        elif spec is not None:
            if spec_set is True:
                spec, spec_set = None, spec
        elif spec_set is True:
            spec_set = original

        specced_class = False
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            specced_class = isinstance(original, type)

        if spec is None and _is_coroutine_function(original):
            klass = AsyncMock
        else:
            klass = MagicMock
        options = {}
        the_spec = spec_set if spec_set is not None else spec
        if self.new_callable is not None:
            klass = self.new_callable
        elif the_spec is not None:
            if _is_list(the_spec):
                not_callable = '__call__' not in the_spec
            else:
                not_callable = not callable(the_spec)
            if _is_coroutine_function(the_spec):
                klass = AsyncMock
            elif not_callable:
                klass = NonCallableMagicMock
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        if (isinstance(klass, type) and issubclass(klass, NonCallableMock)
                and self.attribute):
            options['name'] = self.attribute
        options.update(self.kwargs)
        new = klass(**options)

        if specced_class and _is_instance_mock(new):
            # Instances made by the patched class follow the spec too.
            instance_class = klass
            if not _is_list(the_spec) and not _instance_callable(the_spec):
                instance_class = NonCallableMagicMock
            options.pop('name')
            new.return_value = instance_class(_new_parent=new, _new_name='()',
                                              **options)
        return new

    def __enter__(self):
        """Do the patch; return the mock created (or the dict of them for
        patch.multiple)."""
        self.target = self.getter()
        original, local = self.get_original()
        new = self._make_new(original)
        self.temp_original = original
        self.is_local = local
        self._exit_stack = _ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            created = {}
            if self.new is DEFAULT:
                created[self.attribute_name] = new
            for other in self.additional_patchers:
                value = self._exit_stack.enter_context(other)
                if other.new is DEFAULT:
                    created.update(value)
            return created
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Put the original object back."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (
                    not hasattr(self.target, self.attribute)
                    or self.attribute in ('__doc__', '__module__', '__defaults__',
                                          '__annotations__', '__kwdefaults__')):
                # Objects whose attribute lives elsewhere (a class attribute
                # seen through an instance...) get it back explicitly.
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        del self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        """Do the patch until stop() (or patch.stopall()); return the mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch done by start() (nothing if it is not active)."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return partial(_resolve_name, target), attribute


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.name') by new,
    while a decorated function (or each test method of a decorated class)
    runs, inside a `with` block, or from start() to stop().

    Without new, a MagicMock is made (new_callable() if given, shaped by
    spec, spec_set or autospec, configured by the other keyword
    arguments); a decorated function receives it as an extra argument,
    `with ... as m` and start() return it.  create=True allows a name that
    does not exist yet.
    """
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """patch.object(target, attribute, ...): like patch() for the attribute
    of an object you have at hand."""
    if type(target) is str:
        raise TypeError(
            f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, name=value, ...): patch several attributes of
    target at once.  Values given as DEFAULT become MagicMocks, passed by
    name to a decorated function or returned in a dict by `with`."""
    if type(target) is str:
        getter = partial(_resolve_name, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError(
            'Must supply at least one keyword argument with patch.multiple')
    patchers = []
    for attribute, new in kwargs.items():
        one = _patch(getter, attribute, new, spec, create, spec_set,
                     autospec, new_callable, {})
        one.attribute_name = attribute
        patchers.append(one)
    first = patchers[0]
    first.additional_patchers.extend(patchers[1:])
    return first


class _patch_dict(object):
    """Set keys of a dictionary (or of the mapping named by a dotted
    string) during a call, a `with` block, or from start() to stop(); the
    original content is then restored.  clear=True empties it first."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if _is_coroutine_function(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for name in dir(klass):
            method = getattr(klass, name)
            if name.startswith(patch.TEST_PREFIX) and hasattr(method, "__call__"):
                again = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, name, again(method))
        return klass

    def __enter__(self):
        """Patch the dictionary and return it."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve_name(self.in_dict)
        mapping = self.in_dict
        try:
            saved = mapping.copy()
        except AttributeError:
            saved = {key: mapping[key] for key in mapping}
        self._original = saved
        if self.clear:
            _clear_dict(mapping)
        try:
            mapping.update(self.values)
        except AttributeError:
            for key in self.values:
                mapping[key] = self.values[key]

    def _unpatch_dict(self):
        mapping = self.in_dict
        saved = self._original
        _clear_dict(mapping)
        try:
            mapping.update(saved)
        except AttributeError:
            for key in saved:
                mapping[key] = saved[key]

    def __exit__(self, *args):
        """Restore the dictionary."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Patch the dictionary until stop()."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Restore a dictionary patched by start()."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


def _patch_stopall():
    """Stop every patch started with start(), newest first."""
    for active in reversed(_patch._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------------------
# create_autospec


def _is_data_descriptor(obj):
    if isinstance(obj, (type, _FunctionType, _MethodType)):
        return False
    kind = type(obj)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _must_skip(spec, entry, is_type):
    """Do calls of spec.entry, made through the mock, leave out self?"""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        found = klass.__dict__.get(entry, DEFAULT)
        if found is DEFAULT:
            continue
        if isinstance(found, (staticmethod, classmethod)):
            return False
        if isinstance(found, _FunctionType):
            return is_type
        return False
    return is_type


def _check_sig(spec, mock, skipfirst=False, instance=False):
    """Make calls of mock check their arguments against spec's signature."""
    signature = _signature_for(spec, instance, skipfirst)
    if signature is None:
        return

    def _mock_check_sig(self, /, *args, **kwargs):
        signature.bind(args, kwargs)

    type(mock)._mock_check_sig = _mock_check_sig
    type(mock).__signature__ = signature


def _set_signature(mock, original, instance=False):
    """A function named like original that checks its arguments against
    original's signature and then calls mock."""
    signature = _signature_for(original, instance, isinstance(original, type))
    if signature is None:
        return mock

    def checked(*args, **kwargs):
        signature.bind(args, kwargs)
        return mock(*args, **kwargs)

    checked.__name__ = original.__name__
    checked.__qualname__ = getattr(original, '__qualname__', original.__name__)
    checked.__doc__ = original.__doc__
    checked.__module__ = getattr(original, '__module__', None)
    _setup_func(checked, mock, signature)
    return checked


def _setup_func(funcopy, mock, signature):
    # The wrapper function answers like a mock by forwarding to it.
    funcopy.mock = mock
    for name in ('assert_called_with', 'assert_called_once_with',
                 'assert_has_calls', 'assert_any_call', 'assert_called',
                 'assert_not_called', 'assert_called_once'):
        setattr(funcopy, name, getattr(mock, name))

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        returned = funcopy.return_value
        if _is_instance_mock(returned) and returned is not mock:
            returned.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    funcopy.reset_mock = reset_mock
    funcopy.__signature__ = signature
    mock._mock_delegate = funcopy


def _setup_async_mock(mock):
    mock._is_coroutine = None
    mock.await_count = 0
    mock.await_args = None
    mock.await_args_list = _CallList()
    for name in ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                 'assert_awaited_once_with', 'assert_any_await',
                 'assert_has_awaits', 'assert_not_awaited'):
        setattr(mock, name, getattr(mock.mock, name))


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock shaped like spec: only spec's attributes exist, they are
    specced mocks too (made on first use), and calls check their arguments
    against the real signatures.  For a class, calling the mock gives an
    instance mock; instance=True mocks an instance directly.  Keyword
    arguments configure the mock."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_async = _is_coroutine_function(spec)
    options = {'spec': spec}
    if spec_set:
        options = {'spec_set': spec}
    elif spec is None:
        options = {}
    if options and instance:
        options['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    options.update(kwargs)

    klass = MagicMock
    if _is_data_descriptor(spec):
        # What a property gives is unknown: a plain MagicMock stands for it.
        options = {}
    elif is_async:
        klass = AsyncMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock

    _name = options.pop('name', _name)
    new_name = _name if _parent is not None else ''
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name,
                 name=_name, **options)

    if isinstance(spec, _FunctionType):
        mock = _set_signature(mock, spec)
        if is_async:
            _setup_async_mock(mock)
    else:
        _check_sig(spec, mock, is_type, instance)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if not isinstance(original, _FunctionType):
            # Made when first used.
            child = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = child
            continue
        parent = mock.mock if isinstance(spec, _FunctionType) else mock
        skip_first = _must_skip(spec, entry, is_type)
        child_options = {'spec_set': original} if spec_set else {'spec': original}
        child_options['_eat_self'] = skip_first
        child_class = AsyncMock if _is_coroutine_function(original) else MagicMock
        child = child_class(parent=parent, name=entry, _new_name=entry,
                            _new_parent=parent, **child_options)
        mock._mock_children[entry] = child
        child.return_value = child_class()
        _check_sig(original, child, skipfirst=skip_first)
    return mock


# ---------------------------------------------------------------------------
# mock_open


file_spec = None
open_spec = None


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A mock to patch open() with.  The handle it returns reads read_data
    (read, readline, readlines, iteration) and records writes; every call
    of the mock starts over from the beginning of read_data."""
    global file_spec, open_spec
    if file_spec is None:
        import io
        file_spec = list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))
    if open_spec is None:
        open_spec = list(set(dir(open)))
    if mock is None:
        mock = MagicMock(name='open', spec=open_spec)

    handle = MagicMock(spec=file_spec)
    state = {'stream': _to_stream(read_data), 'lines': None}

    def lines_from_stream():
        configured = handle.readline.return_value
        if configured is not None:
            while True:
                yield configured
        for line in state['stream']:
            yield line

    def readline_source():
        yield from lines_from_stream()
        while True:
            yield state['stream'].readline()

    def read(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state['stream'].read(*args, **kwargs)

    def readlines(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state['stream'].readlines(*args, **kwargs)

    def next_line():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state['stream'])

    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read
    state['lines'] = readline_source()
    handle.readline.side_effect = state['lines']
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines_from_stream
    handle.__next__.side_effect = next_line

    def rewind(*args, **kwargs):
        state['stream'] = _to_stream(read_data)
        if handle.readline.side_effect == state['lines']:
            # Not replaced by the test: start the lines over too.
            state['lines'] = readline_source()
            handle.readline.side_effect = state['lines']
        return DEFAULT

    mock.side_effect = rewind
    mock.return_value = handle
    return mock
