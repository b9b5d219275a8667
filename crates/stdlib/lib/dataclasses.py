"""Generate the boilerplate methods of classes that mainly hold data.

The @dataclass decorator reads a class's annotations and turns each annotated name into a
field; it then adds __init__, __repr__, __eq__ and, on request, ordering methods, __hash__,
frozen-instance protection, __match_args__ and __slots__. field() customises one field;
fields(), asdict(), astuple(), replace(), make_dataclass() and is_dataclass() work on the
result. The generated methods are real Python functions (compiled from source text), so
calling them with wrong arguments gives the usual messages, e.g.
"Point.__init__() missing 1 required positional argument: 'x'".
"""

import sys
import copy
import keyword
from collections.abc import Mapping as _Mapping

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass instance."""


# ---------------------------------------------------------------------------------------------
# Sentinels and small helper types

class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

_GenericAlias = type(list[int])

# ids of the objects whose generated __repr__ (or Field.__repr__) is running: a nested call
# for the same object gives '...' instead of recursing forever.
_repr_running = set()


def _read_only_mapping_type():
    """The mappingproxy type when the interpreter has one, else a small stand-in."""
    native = type(type.__dict__)
    if native is not dict:
        return native

    class mappingproxy(_Mapping):
        __slots__ = ('_mapping',)

        def __init__(self, mapping):
            object.__setattr__(self, '_mapping', mapping)

        def __getitem__(self, key):
            return self._mapping[key]

        def __iter__(self):
            return iter(self._mapping)

        def __len__(self):
            return len(self._mapping)

        def __contains__(self, key):
            return key in self._mapping

        def copy(self):
            return self._mapping.copy()

        def __repr__(self):
            return f'mappingproxy({self._mapping!r})'

        def __setattr__(self, name, value):
            raise AttributeError(f"'mappingproxy' object has no attribute {name!r}")

    return mappingproxy


_MappingProxy = _read_only_mapping_type()
_EMPTY_METADATA = _MappingProxy({})


def _member_descriptor_type():
    """The type of the descriptors that __slots__ creates, if this interpreter has them."""
    class Probe:
        __slots__ = ('probe',)
    kind = type(Probe.__dict__.get('probe'))
    return None if kind is type(None) else kind


_MemberDescriptorType = _member_descriptor_type()


class InitVar:
    """Marks a pseudo-field that is passed to __init__ and __post_init__ but not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


# ---------------------------------------------------------------------------------------------
# Field

class Field:
    """Describes one field of a dataclass; created by field() or from a plain annotation."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        # A field can end up inside itself (e.g. "list: list = field(...)" makes the
        # annotation the Field); show such a nested occurrence as "...".
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [('name', self.name), ('type', self.type), ('default', self.default),
                     ('default_factory', self.default_factory), ('init', self.init),
                     ('repr', self.repr), ('hash', self.hash), ('compare', self.compare),
                     ('metadata', self.metadata), ('kw_only', self.kw_only),
                     ('_field_type', self._field_type)]
            return 'Field(' + ','.join(f'{key}={value!r}' for key, value in parts) + ')'
        finally:
            _repr_running.discard(key)

    def __set_name__(self, owner, name):
        # Pass the notification on to a default value that wants it (e.g. a descriptor).
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(_GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                + ','.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__)
                + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return a Field describing a dataclass field with the given options."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """Return the tuple of fields (not ClassVars or InitVars) of a dataclass or instance."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True if obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


# ---------------------------------------------------------------------------------------------
# Recognising ClassVar / InitVar / KW_ONLY annotations

def _split_annotation_string(text):
    """Parse the leading "[module.]name" of a string annotation; None when it has none."""
    def word_end(pos):
        while pos < len(text) and (text[pos].isalnum() or text[pos] == '_'):
            pos += 1
        return pos

    def skip_spaces(pos):
        while pos < len(text) and text[pos].isspace():
            pos += 1
        return pos

    start = skip_spaces(0)
    end = word_end(start)
    if end == start:
        return None
    first = text[start:end]
    after = skip_spaces(end)
    if after < len(text) and text[after] == '.':
        second_start = skip_spaces(after + 1)
        second_end = word_end(second_start)
        if second_end > second_start:
            return first, text[second_start:second_end]
    return None, first


def _string_names(annotation, cls, module, obj):
    """Whether a string annotation names `obj`, either bare or as "module.name"."""
    parts = _split_annotation_string(annotation)
    if parts is None:
        return False
    prefix, name = parts
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    namespace = home.__dict__
    if prefix is not None:
        if namespace.get(prefix) is not module:
            return False
        namespace = module.__dict__
    return namespace.get(name) is obj


def _is_classvar(annotation, typing):
    if annotation is typing.ClassVar:
        return True
    # ClassVar[...]: a typing alias whose origin is ClassVar.
    try:
        return annotation.__origin__ is typing.ClassVar
    except Exception:
        return False


def _annotation_is_classvar(annotation, cls):
    typing = sys.modules.get('typing')
    if typing is not None and hasattr(typing, 'ClassVar'):
        if _is_classvar(annotation, typing):
            return True
        if isinstance(annotation, str):
            parts = _split_annotation_string(annotation)
            if parts is None:
                return False
            prefix, name = parts
            home = sys.modules.get(cls.__module__)
            if home is None:
                return False
            namespace = home.__dict__
            if prefix is not None:
                if namespace.get(prefix) is not typing:
                    return False
                namespace = typing.__dict__
            return _is_classvar(namespace.get(name), typing)
        return False
    # Without a typing module, recognise the spelling "ClassVar[...]" / "typing.ClassVar".
    if isinstance(annotation, str):
        parts = _split_annotation_string(annotation)
        return parts is not None and parts[1] == 'ClassVar' and parts[0] in (None, 'typing')
    return repr(annotation).startswith('typing.ClassVar')


def _annotation_is_initvar(annotation, cls):
    if annotation is InitVar or type(annotation) is InitVar:
        return True
    if isinstance(annotation, str):
        parts = _split_annotation_string(annotation)
        if parts is None:
            return False
        prefix, name = parts
        home = sys.modules.get(cls.__module__)
        if home is None:
            return False
        namespace = home.__dict__
        if prefix is not None:
            if namespace.get(prefix) is not sys.modules.get(__name__):
                return False
            namespace = globals()
        found = namespace.get(name)
        return found is InitVar or type(found) is InitVar
    return False


def _annotation_is_kw_only(annotation, cls):
    if annotation is KW_ONLY:
        return True
    if isinstance(annotation, str):
        return _string_names(annotation, cls, sys.modules.get(__name__), KW_ONLY)
    return False


def _make_field(cls, name, annotation, default_kw_only):
    """Build the Field for one annotated name of the class being processed."""
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if _MemberDescriptorType is not None and isinstance(default, _MemberDescriptorType):
            # A slot created by __slots__: it holds no default value.
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _annotation_is_classvar(annotation, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _annotation_is_initvar(annotation, cls):
        f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only

    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


# ---------------------------------------------------------------------------------------------
# Building the generated methods

def _compile_function(cls, name, params, body, env, annotations=None):
    """Compile `def name(params): body` in the class's module, with `env` names visible.

    The function is created inside a factory so that the env values are closure variables,
    not globals of the module."""
    env_names = list(env)
    lines = [f'def __dataclass_factory__({", ".join(env_names)}):',
             f' def {name}({", ".join(params)}):']
    lines.extend('  ' + line for line in body)
    lines.append(f' return {name}')
    home = sys.modules.get(cls.__module__)
    module_globals = home.__dict__ if home is not None else {}
    scope = {}
    exec('\n'.join(lines), module_globals, scope)
    func = scope['__dataclass_factory__'](*[env[n] for n in env_names])
    func.__qualname__ = f'{cls.__qualname__}.{func.__name__}'
    if annotations is not None:
        func.__annotations__ = annotations
    return func


def _set_new_attribute(cls, name, value):
    """Set cls.name unless the class body defined it; True when it was already there."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _tuple_source(obj_name, names):
    if not names:
        return '()'
    return '(' + ''.join(f'{obj_name}.{n},' for n in names) + ')'


def _init_function(cls, fields_in_order, std_fields, kw_fields, frozen, has_post_init, self_name,
                   slots):
    seen_default = False
    for f in std_fields:
        if not f.init:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    env = {'__dataclass_HAS_FACTORY__': _HAS_DEFAULT_FACTORY,
           '__dataclass_object__': object}
    annotations = {}

    def param(f):
        annotations[f.name] = f.type
        if f.default_factory is not MISSING:
            return f'{f.name}=__dataclass_HAS_FACTORY__'
        if f.default is not MISSING:
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        return f.name

    params = [self_name] + [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params.extend(param(f) for f in kw_fields)
    annotations['return'] = None

    body = []
    for f in fields_in_order:
        if f.default_factory is not MISSING:
            factory = f'__dataclass_factory_{f.name}__'
            env[factory] = f.default_factory
            if f.init:
                value = f'{factory}() if {f.name} is __dataclass_HAS_FACTORY__ else {f.name}'
            else:
                value = f'{factory}()'
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:
            # A slotted class has no class attribute to fall back on: store the default.
            env[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        else:
            # init=False without a factory: the class attribute (if any) supplies the value.
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f'__dataclass_object__.__setattr__({self_name},{f.name!r},{value})')
        else:
            body.append(f'{self_name}.{f.name}={value}')
    if has_post_init:
        initvars = ','.join(f.name for f in fields_in_order if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    if not body:
        body = ['pass']
    return _compile_function(cls, '__init__', params, body, env, annotations)


def _repr_function(cls, repr_fields):
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in repr_fields)
    body = ['key = id(self)',
            'if key in __dataclass_running__:',
            "    return '...'",
            '__dataclass_running__.add(key)',
            'try:',
            f'    return self.__class__.__qualname__ + f"({parts})"',
            'finally:',
            '    __dataclass_running__.discard(key)']
    return _compile_function(cls, '__repr__', ['self'], body,
                             {'__dataclass_running__': _repr_running})


def _compare_function(cls, name, op, compare_fields):
    names = [f.name for f in compare_fields]
    body = ['if other.__class__ is self.__class__:',
            f'    return {_tuple_source("self", names)}{op}{_tuple_source("other", names)}',
            'return NotImplemented']
    return _compile_function(cls, name, ['self', 'other'], body, {})


def _hash_function(cls, hash_fields):
    names = [f.name for f in hash_fields]
    return _compile_function(cls, '__hash__', ['self'],
                             [f'return hash({_tuple_source("self", names)})'], {})


def _frozen_methods(cls, frozen_fields):
    names = '(' + ''.join(f'{f.name!r},' for f in frozen_fields) + ')'
    condition = 'type(self) is __dataclass_cls__'
    if frozen_fields:
        condition += f' or name in {names}'
    env = {'__dataclass_cls__': cls, '__dataclass_error__': FrozenInstanceError}
    setter = _compile_function(cls, '__setattr__', ['self', 'name', 'value'], [
        f'if {condition}:',
        '    raise __dataclass_error__(f"cannot assign to field {name!r}")',
        'super(__dataclass_cls__, self).__setattr__(name, value)'], env)
    deleter = _compile_function(cls, '__delattr__', ['self', 'name'], [
        f'if {condition}:',
        '    raise __dataclass_error__(f"cannot delete field {name!r}")',
        'super(__dataclass_cls__, self).__delattr__(name)'], env)
    return setter, deleter


# What to do about __hash__, keyed by (unsafe_hash, eq, frozen, class defines __hash__):
# None leaves the class alone, 'none' sets __hash__ = None, 'add' generates one, 'error' raises.
_HASH_ACTIONS = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): 'none',
    (False, True, False, True): None,
    (False, True, True, False): 'add',
    (False, True, True, True): None,
    (True, False, False, False): 'add',
    (True, False, False, True): 'error',
    (True, False, True, False): 'add',
    (True, False, True, True): 'error',
    (True, True, False, False): 'add',
    (True, True, False, True): 'error',
    (True, True, True, False): 'add',
    (True, True, True, True): 'error',
}


# ---------------------------------------------------------------------------------------------
# The class docstring: "Name(x: int, y: int = 0)"

def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_text(func, skip_first):
    """Render a Python function's parameters the way inspect.signature prints them."""
    code = getattr(func, '__code__', None)
    if code is None:
        return None
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    nkw = code.co_kwonlyargcount
    has_varargs = bool(code.co_flags & 0x04)
    has_varkw = bool(code.co_flags & 0x08)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}

    def render(name, has_default, default, prefix=''):
        text = prefix + name
        if name in annotations:
            text += ': ' + _format_annotation(annotations[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    items = []
    first_default = npos - len(defaults)
    for index in range(npos):
        has_default = index >= first_default
        items.append(render(names[index], has_default,
                            defaults[index - first_default] if has_default else None))
        if nposonly and index == nposonly - 1:
            items.append('/')
    if has_varargs:
        items.append(render(names[npos + nkw], False, None, '*'))
    elif nkw:
        items.append('*')
    for index in range(npos, npos + nkw):
        name = names[index]
        items.append(render(name, name in kwdefaults, kwdefaults.get(name)))
    if has_varkw:
        items.append(render(names[npos + nkw + has_varargs], False, None, '**'))
    if skip_first and items and items[0] not in ('/', '*') and not items[0].startswith('*'):
        items.pop(0)
        if items and items[0] == '/':
            items.pop(0)
    return '(' + ', '.join(items) + ')'


def _class_signature_text(cls):
    for name in ('__init__', '__new__'):
        for klass in cls.__mro__:
            if name in klass.__dict__:
                method = klass.__dict__[name]
                if klass is object:
                    break
                if isinstance(method, staticmethod):
                    method = method.__func__
                text = _signature_text(method, True)
                if text is not None:
                    return text
                break
    return '()'


# ---------------------------------------------------------------------------------------------
# __slots__ support

def _slots_of(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return []
    if isinstance(slots, str):
        return [slots]
    try:
        return list(slots)
    except TypeError:
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined") from None


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_slots_of(base))
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in namespace:
            cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            cls.__setstate__ = _dataclass_setstate
    return cls


# ---------------------------------------------------------------------------------------------
# The decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields inherited from dataclass bases, base-most first, later bases overriding.
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_marker_seen = False
    for name, annotation in annotations.items():
        if _annotation_is_kw_only(annotation, cls):
            if kw_only_marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_marker_seen = True
            kw_only = True
        else:
            own_fields.append(_make_field(cls, name, annotation, kw_only))

    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    # The parameters of __init__: positional-or-keyword ones first, then keyword-only ones.
    std_init_fields = [f for f in init_fields if f.init and not f.kw_only]
    kw_init_fields = [f for f in init_fields if f.init and f.kw_only]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        _set_new_attribute(cls, '__init__',
                           _init_function(cls, init_fields, std_init_fields, kw_init_fields,
                                          frozen, has_post_init, self_name, slots))

    real_fields = [f for f in all_fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__',
                           _repr_function(cls, [f for f in real_fields if f.repr]))

    compare_fields = [f for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, '__eq__', _compare_function(cls, '__eq__', '==', compare_fields))

    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _compare_function(cls, name, op, compare_fields)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')

    if frozen:
        for method in _frozen_methods(cls, real_fields):
            if _set_new_attribute(cls, method.__name__, method):
                raise TypeError(f'Cannot overwrite attribute {method.__name__} '
                                f'in class {cls.__name__}')

    action = _HASH_ACTIONS[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        hash_fields = [f for f in real_fields
                       if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _hash_function(cls, hash_fields)
    elif action == 'error':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

    if not getattr(cls, '__doc__'):
        try:
            text = _class_signature_text(cls).replace(' -> None', '')
        except (TypeError, ValueError):
            text = ''
        cls.__doc__ = cls.__name__ + text

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    _update_abstract_methods(cls)
    return cls


def _update_abstract_methods(cls):
    """Recompute an abstract class's __abstractmethods__ now that methods were added (a
    generated __repr__ or __eq__ can implement an abstract one)."""
    abc_module = sys.modules.get('abc')
    update = getattr(abc_module, 'update_abstractmethods', None)
    if update is not None:
        update(cls)
        return
    if not hasattr(cls, '__abstractmethods__'):
        return
    abstract = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                abstract.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            abstract.add(name)
    cls.__abstractmethods__ = frozenset(abstract)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and more, as asked) to a class built from its fields.

    Usable bare (@dataclass) or with options (@dataclass(frozen=True))."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------------------------
# Working with instances

def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a dict, converting nested values deeply."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_value(obj, dict_factory)


def _asdict_value(obj, dict_factory):
    if _is_dataclass_instance(obj):
        pairs = []
        for f in fields(obj):
            pairs.append((f.name, _asdict_value(getattr(obj, f.name), dict_factory)))
        return dict_factory(pairs)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_value(item, dict_factory) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_value(item, dict_factory) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_value(key, dict_factory), _asdict_value(value, dict_factory))
                         for key, value in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the field values of a dataclass instance as a tuple, converting deeply."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_value(obj, tuple_factory)


def _astuple_value(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_value(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_value(item, tuple_factory) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_value(item, tuple_factory) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_value(key, tuple_factory),
                          _astuple_value(value, tuple_factory))
                         for key, value in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new instance of obj's dataclass with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 f'it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _most_derived_metaclass(bases):
    meta = type
    for base in bases:
        base_meta = type(base)
        if issubclass(meta, base_meta):
            continue
        if issubclass(base_meta, meta):
            meta = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return meta


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a new dataclass named cls_name.

    Each item of fields is a name, a (name, type) pair or a (name, type, Field) triple;
    a bare name gets the annotation 'typing.Any'."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            annotation = 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = annotation

    # CPython builds the class through the types module, so the class (and the functions
    # generated for it) report "types" as their module; that module is loaded there.
    try:
        import types  # noqa: F401 (only loaded)
    except ImportError:
        pass
    bases = tuple(bases)
    meta = _most_derived_metaclass(bases)
    prepare = getattr(meta, '__prepare__', None)
    body = prepare(cls_name, bases) if prepare is not None else {}
    body['__module__'] = 'types'
    body.update(namespace)
    body.update(defaults)
    body['__annotations__'] = annotations
    cls = meta(cls_name, bases, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
