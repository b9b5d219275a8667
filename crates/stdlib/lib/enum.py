"""Enumerations: sets of symbolic names (members) bound to unique, constant values.

`Enum` is the base of ordinary enumerations, `IntEnum`/`StrEnum` make members that also are ints
or strs, and `Flag`/`IntFlag` make members that combine with the bitwise operators.  Enumerations
are classes whose metaclass is `EnumType`; their members are created once, when the class body has
been run, and are then looked up by value (`Color(1)`) or by name (`Color['RED']`).
"""

import sys
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

# Enum, Flag and ReprEnum do not exist while their own classes are being built.
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


# ----- small helpers -----

def _warn(message, category, stacklevel):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, category, stacklevel=stacklevel + 1)


def _is_descriptor(obj):
    """True for objects that take part in attribute lookup (functions, properties, ...)."""
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_' + cls_name.lstrip('_') + '__'
    return (name.startswith(prefix) and len(name) > len(prefix)
            and not name.endswith('__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_low_first(num):
    """The values of the set bits of a non-negative int, lowest first."""
    while num:
        low = num & -num
        yield low
        num ^= low


def show_flag_values(value):
    """The single-bit values that make up `value`, lowest first."""
    return list(_bits_low_first(value))


def _binary(num, width):
    """`num` in binary as '0b<sign> <digits>', the digits padded to `width`."""
    if num >= 0:
        return '0b0 ' + format(num, 'b').zfill(width)
    digits = format((1 << width) + num if width else 0, 'b').zfill(width)
    return '0b1 ' + digits


def _dedent_names(names):
    if isinstance(names, str):
        return names.replace(',', ' ').split()
    return list(names)


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """This is a descriptor, used to define attributes that act differently when accessed
    through an enum member and through an enum class.  Instance access is the same as property(),
    but access to an attribute through the enum class will instead look in the class'
    _member_map_ for a corresponding enum member.
    """

    name = None
    clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None
        if self.fget is None:
            try:
                return instance.__dict__[self.name]
            except KeyError:
                raise AttributeError('%r member has no attribute %r'
                                     % (type(instance), self.name)) from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r'
                                 % (self.clsname, self.name))
        self.fdel(instance)


class _MemberAccess:
    """Stands in the class dict for a member whose name is also an inherited attribute (such as
    `name` or `value`): the class gets the member, instances get the inherited attribute."""

    def __init__(self, name, inherited):
        self.name = name
        self.inherited = inherited

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            return ownerclass._member_map_[self.name]
        if hasattr(self.inherited, '__get__'):
            return self.inherited.__get__(instance, type(instance))
        return self.inherited

    def __set__(self, instance, value):
        if hasattr(self.inherited, '__set__'):
            return self.inherited.__set__(instance, value)
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        if hasattr(self.inherited, '__delete__'):
            return self.inherited.__delete__(instance)
        del instance.__dict__[self.name]


def _resolve_auto(enum_dict, key, value):
    """Replace auto() (alone or inside a tuple) by the value its enum generates."""
    def generate(item):
        if isinstance(item, auto):
            if item.value is _auto_null:
                item.value = enum_dict._generate_next_value(
                    key, 1, len(enum_dict._member_names), enum_dict._last_values[:])
                enum_dict._auto_called = True
            return item.value
        return item

    if isinstance(value, auto):
        return generate(value)
    if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
        return tuple(generate(v) for v in value)
    return value


_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_missing_', '_ignore_', '_numeric_repr_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
))


class _EnumDict(dict):
    """The namespace an enum class body runs in: it records which names become members, refuses
    reused names and fills in auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                names = _dedent_names(value)
                self._ignore = names
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = _resolve_auto(self, key, value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, other=(), **kwds):
        items = other.items() if hasattr(other, 'keys') else other
        for key, value in items:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value


class _MemberMaker:
    """Placeholder put in the class namespace for each member; the class machinery calls its
    __set_name__ in definition order, which builds the real member (before __init_subclass__)."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, name):
        _add_member(enum_class, name, self.value)


def _add_member(enum_class, name, value):
    args = value if isinstance(value, tuple) else (value,)
    member_type = enum_class._member_type_
    if member_type is tuple:
        args = (args,)
    new_member = enum_class._new_member_
    if enum_class._use_args_:
        new = new_member(enum_class, *args)
    else:
        new = new_member(enum_class)
    if not hasattr(new, '_value_'):
        if member_type is object:
            new._value_ = value
        else:
            try:
                new._value_ = member_type(*args)
            except Exception as exc:
                error = TypeError('_value_ not set in __new__, unable to create it')
                error.__cause__ = exc
                raise error
    value = new._value_
    new._name_ = name
    new.__objclass__ = enum_class
    new.__init__(*args)
    new._sort_order_ = len(enum_class._member_names_)

    canonical = None
    try:
        canonical = enum_class._value2member_map_.get(value)
    except TypeError:
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
    if canonical is None:
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                canonical = existing
                break
    if canonical is not None:
        new = canonical
    elif (Flag is not None and issubclass(enum_class, Flag)
          and not (isinstance(value, int) and _is_single_bit(value))):
        # multi-bit (or zero) flags are named, but not iterated over
        pass
    else:
        enum_class._member_names_.append(name)

    # the class attribute: the member itself unless the name is taken by an inherited attribute
    inherited = None
    for klass in enum_class.__mro__[1:]:
        if name in klass.__dict__:
            inherited = klass.__dict__[name]
            break
    if inherited is None:
        type.__setattr__(enum_class, name, new)
    else:
        type.__setattr__(enum_class, name, _MemberAccess(name, inherited))
    enum_class._member_map_[name] = new
    try:
        enum_class._value2member_map_.setdefault(value, new)
    except TypeError:
        enum_class._unhashable_values_.append(value)


# ----- the metaclass -----

class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            generate = getattr(first_enum, '_generate_next_value_', None)
            enum_dict._generate_next_value = getattr(generate, '__func__', generate)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignore = list(getattr(classdict, '_ignore', ()))
        member_names = list(getattr(classdict, '_member_names', ()))
        body = {}
        for key, value in dict.items(classdict):
            if key in ignore or key == '_ignore_':
                continue
            body[key] = value

        invalid = [name for name in member_names if name in ('mro', '')]
        if invalid:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(name) for name in invalid))

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(body, member_type, first_enum)

        order = body.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()

        for name in member_names:
            body[name] = _MemberMaker(body[name])
        body['_new_member_'] = new_member
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        if '_value_repr_' not in body:
            body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        if Flag is not None and any(issubclass(base, Flag) for base in bases
                                    if isinstance(base, type)):
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        elif boundary is not None:
            body['_boundary_'] = boundary
        if save_new:
            body['__new_member__'] = body['__new__']
        if Enum is not None:
            body['__new__'] = Enum.__new__

        try:
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except RuntimeError as exc:
            # errors raised while making members may come wrapped by __set_name__'s caller
            if exc.__cause__ is not None:
                raise exc.__cause__ from None
            raise

        if Enum is not None:
            # the enum's repr/str/format win over the data type's (and object's) ...
            for method in ('__repr__', '__str__', '__format__'):
                if method in body:
                    continue
                found = getattr(enum_class, method)
                if found == getattr(member_type, method) or found == getattr(object, method):
                    type.__setattr__(enum_class, method, getattr(first_enum, method))
            # ... except that ReprEnum keeps the data type's str() and format()
            if (ReprEnum is not None and ReprEnum in enum_class.__mro__
                    and member_type is not object):
                if '__str__' not in body:
                    show = member_type.__str__
                    if show == object.__str__:
                        show = member_type.__repr__
                    type.__setattr__(enum_class, '__str__', show)
                if '__format__' not in body:
                    type.__setattr__(enum_class, '__format__', member_type.__format__)

        if Flag is not None and issubclass(enum_class, Flag):
            flag_mask = singles = 0
            for name, flag in enum_class._member_map_.items():
                value = flag._value_
                if isinstance(value, int):
                    flag_mask |= value
                    if name in enum_class._member_names_:
                        singles |= value
            enum_class._flag_mask_ = flag_mask
            enum_class._singles_mask_ = singles
            enum_class._all_bits_ = (1 << flag_mask.bit_length()) - 1

        if order is not None and order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Either returns an existing member, or creates a new enum class.

        This method is used both when an enum class is given a value to match to an enumeration
        member (i.e. Color(3)) and for the functional API (i.e. Color = Enum('Color', names='RED
        GREEN BLUE')).
        """
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            _warn("in 3.12 __contains__ will no longer raise TypeError, but will return True "
                  "or\nFalse depending on whether the value is a member or the value of a "
                  "member", DeprecationWarning, 2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        names.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(names)
        return sorted(set(dir(cls._member_type_)) | names)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except (KeyError, AttributeError):
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        """Returns a mapping of member name->value.

        This mapping lists all enum members, including aliases. Note that this is a read-only
        view of the internal mapping.
        """
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Name', 'A B C') and friends."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)

        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if hasattr(names, 'keys'):
            pairs = [(key, names[key]) for key in names]
        else:
            pairs = names
        for item in pairs:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value

        if module is None:
            getframe = getattr(sys, '_getframe', None)
            if getframe is not None:
                try:
                    module = getframe(2).f_globals['__name__']
                except (AttributeError, ValueError, KeyError):
                    pass
            if module is None:
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Create a new Enum subclass that replaces a collection of global constants."""
        module_globals = sys.modules[module].__dict__
        source = module_globals if source is None else source.__dict__
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            members.sort(key=lambda item: (item[1], item[0]))
        except TypeError:
            members.sort(key=lambda item: item[0])
        body = {key: value for key, value in members}
        body['__module__'] = module
        made = cls(name, body, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(made)
        else:
            module_globals.update(made.__members__)
        module_globals[name] = made
        return made

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """Returns (member_type, first_enum): the data type that members are instances of and
        the first enum class among the bases."""
        if not bases or Enum is None:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base.__dict__.get('_value_repr_') or (
                        None if base._member_type_ is object
                        else mcls._find_data_repr_(class_name, (base._member_type_,)))
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    found = candidate or base
                    if found not in data_types:
                        data_types.append(found)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, set(data_types)))
        return data_types[0] if data_types else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """Returns (member constructor, whether the class body's __new__ must be kept as
        __new_member__, whether the constructor takes the member's value as arguments)."""
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            plain = {None, None.__new__, object.__new__}
            if Enum is not None:
                plain.add(Enum.__new__)
            for attr in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, attr, None)
                    if target not in plain:
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        return new, save_new, new is not object.__new__


EnumMeta = EnumType


# ----- Enum -----

class Enum(metaclass=EnumType):
    """
    Create a collection of name/value pairs.

    Example enumeration:

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    ...     GREEN = 3

    Access them by:

    - attribute access::

    >>> Color.RED
    <Color.RED: 1>

    - value lookup:

    >>> Color(1)
    <Color.RED: 1>

    - name lookup:

    >>> Color['RED']
    <Color.RED: 1>

    Enumerations can be iterated over, and know how many members they have:

    >>> len(Color)
    3

    >>> list(Color)
    [<Color.RED: 1>, <Color.BLUE: 2>, <Color.GREEN: 3>]

    Methods can be added to enumerations, and members can have their own
    attributes -- see the documentation for details.
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for found in cls._member_map_.values():
                if found._value_ == value:
                    return found
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % cls)
        for found in cls._member_map_.values():
            if found._value_ == value:
                return found
        error = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            error = exc
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag):
            if cls._boundary_ is EJECT and isinstance(result, int):
                return result
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and error is None:
            raise invalid
        if error is None:
            error = TypeError('error in %s._missing_: returned %r instead of None or a valid '
                              'member' % (cls.__name__, result))
        if not isinstance(error, ValueError):
            error.__context__ = invalid
        try:
            raise error
        finally:
            error = invalid = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given.

        name: the name of the member
        start: the initial start value or None
        count: the number of existing members
        last_values: the list of values assigned
        """
        if not last_values:
            return start
        try:
            highest = sorted(last_values)[-1]
        except TypeError:
            highest = None
        if highest is None or last_values[-1] != highest:
            _warn("In 3.13 the default `auto()`/`_generate_next_value_` will require all values "
                  "to be sortable and support adding +1\nand the value returned will be the "
                  "largest value in the enum incremented by 1", DeprecationWarning, 5)
        for value in ([highest] if highest is not None else []) + list(reversed(last_values)):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        else:
            names = set(dir(self._member_type_))
        for klass in self.__class__.__mro__:
            if klass is Enum or klass is object:
                continue
            for name, value in klass.__dict__.items():
                if name[0] != '_' and name not in self._member_map_:
                    names.add(name)
        for name in self.__dict__:
            if name[0] != '_':
                names.add(name)
        names.update(('name', 'value'))
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        """values must already be of type `str`"""
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


class FlagBoundary(StrEnum):
    """control how out of range values are handled
    "strict" -> error is raised             [default for Flag]
    "conform" -> extra bits are discarded
    "eject" -> lose flag status
    "keep" -> keep flag status and all bits [default for IntFlag]
    """

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# ----- Flag -----

class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """Generate the next value when not given.

        name: the name of the member
        start: the initial start value or None
        count: the number of existing members
        last_values: the last value assigned or None
        """
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """Extract all members from the value in definition order."""
        for bit in _bits_low_first(value & cls._flag_mask_):
            found = cls._value2member_map_.get(bit)
            if found is not None:
                yield found

    @classmethod
    def _iter_member_by_def_(cls, value):
        """Extract all members from the value in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    _iter_member_ = _iter_member_by_def_

    @classmethod
    def _missing_(cls, value):
        """Create a composite member containing all canonical members present in `value`.

        If non-member values are present, result depends on `_boundary_` setting.
        """
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        negative = None
        if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            width = max(value.bit_length(), flag_mask.bit_length())
            if boundary is STRICT:
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _binary(value, width),
                                    _binary(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative = value
            value = all_bits + 1 + value

        unknown = value & ~flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value

        singles = value & cls._singles_mask_
        rest = value & ~cls._singles_mask_
        if singles or rest:
            parts = list(cls._iter_member_(singles))
            covered = 0
            for part in parts:
                covered |= part._value_
            if rest:
                wanted = singles | rest
                for alias in cls._member_map_.values():
                    alias_value = alias._value_
                    if (alias not in parts and alias_value
                            and alias_value & wanted == alias_value):
                        parts.append(alias)
                        covered |= alias_value
            leftover = value ^ covered
            pseudo._name_ = '|'.join(part._name_ for part in parts)
            if not covered:
                pseudo._name_ = None
            elif leftover and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, leftover))
            elif leftover:
                pseudo._name_ += '|%s' % cls._numeric_repr_(leftover)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """Returns True if self has at least the same flags set as other."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """Returns flags in definition order."""
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        show = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, show(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, show(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                inverted = self.__class__(~self._value_)
            else:
                inverted = self.__class__(self._singles_mask_ & ~self._value_)
            if isinstance(inverted, self.__class__):
                object.__setattr__(self, '_inverted_', inverted)
            else:
                return inverted
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__



# ----- decorators and checks -----

def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, found in enumeration.__members__.items():
        if name != found.name:
            duplicates.append((name, found.name))
    if duplicates:
        details = ', '.join('%s -> %s' % (alias, name) for alias, name in duplicates)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration


class EnumCheck(StrEnum):
    """various conditions to check an enumeration for"""

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints. (see EnumCheck)"""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        checks = self.checks
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in checks:
            if check is UNIQUE:
                duplicates = []
                for name, found in enumeration.__members__.items():
                    if name != found.name:
                        duplicates.append((name, found.name))
                if duplicates:
                    details = ', '.join('%s -> %s' % (alias, name)
                                        for alias, name in duplicates)
                    raise ValueError('aliases found in %r: %s' % (enumeration, details))
            elif check is CONTINUOUS:
                values = set(found.value for found in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if enum_type == 'flag':
                    for bit in range(low.bit_length() - 1, high.bit_length() - 1):
                        if 2 ** bit not in values:
                            missing.append(2 ** bit)
                else:
                    for number in range(low + 1, high):
                        if number not in values:
                            missing.append(number)
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (enum_type, cls_name,
                                         ', '.join(str(v) for v in missing)))[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [found.value for found in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    values = list(_bits_low_first(alias.value))
                    missed = [v for v in values if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        for value in missed:
                            missing_value |= value
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1])
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) '
                                     'for details]' % (cls_name, alias, value))
        return enumeration


# ----- global enums -----

def global_enum_repr(self):
    """use module.enum_name instead of class.enum_name"""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """use module.flag_name instead of class.flag_name"""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return '%s.%s(%r)' % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.STRICT:
        return '|'.join('%s.%s' % (module, name) for name in self.name.split('|'))
    return '|'.join('%s.%s' % (cls_name, name) for name in self.name.split('|'))


def global_str(self):
    """use enum_name instead of class.enum_name"""
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """decorator that makes the repr() of an enum member reference its module instead of its
    class; also exports all members to the enum's module's global namespace"""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
