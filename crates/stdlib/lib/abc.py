"""Abstract Base Classes: the ABCMeta metaclass, the ABC helper base, and the decorators that mark
methods abstract.

A class whose metaclass is ABCMeta keeps the names of its abstract methods in
`__abstractmethods__`; the interpreter refuses to instantiate a class while that set is not empty.
ABCs also accept "virtual subclasses" through `register()` and a `__subclasshook__` classmethod,
which `isinstance()` and `issubclass()` consult through `__instancecheck__`/`__subclasscheck__`.
"""

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    """Decorator marking a method as abstract: a class built by ABCMeta cannot be instantiated
    until every abstract method has been overridden.  Put it innermost when combining it with
    classmethod, staticmethod or property."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use 'classmethod' stacked on 'abstractmethod' instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use 'staticmethod' stacked on 'abstractmethod' instead."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use 'property' stacked on 'abstractmethod' instead."""

    __isabstractmethod__ = True


# Bumped by every register() call anywhere: negative caches older than this are stale.
_invalidation_counter = 0


def get_cache_token():
    """Return the current ABC cache token: an object that changes whenever a virtual subclass is
    registered with any ABC, so callers can tell when their own caches must be dropped."""
    return _invalidation_counter


def _abstract_names(cls, bases, namespace):
    """The names that are still abstract in `cls`: those marked in its own namespace plus the
    inherited abstract names that it does not override with something concrete."""
    abstracts = set()
    for name, value in namespace.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC.  An ABC can be subclassed directly, and then acts as a
    mix-in class.  You can also register unrelated concrete classes (even built-in classes) and
    unrelated ABCs as 'virtual subclasses' -- these and their descendants will be considered
    subclasses of the registering ABC by the built-in issubclass() function, but the registering
    ABC won't show up in their MRO (Method Resolution Order) nor will method implementations
    defined by the registering ABC be callable (not even via super()).
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, bases, namespace)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _invalidation_counter
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = getattr(instance, "__class__", None)
        if subclass is not None and subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subclass is None or subclass is subtype:
            if (cls._abc_negative_cache_version == _invalidation_counter
                    and subtype in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subtype)
        if isinstance(subclass, type) and cls.__subclasscheck__(subclass):
            return True
        return cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        hook = getattr(cls, "__subclasshook__", None)
        answer = NotImplemented if hook is None else hook(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either False, True, "
                                     "or NotImplemented")
            if answer:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return answer
        if cls in getattr(subclass, "__mro__", ()):
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for child in type.__subclasses__(cls):
            if issubclass(subclass, child):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in ("_abc_registry", "_abc_cache", "_abc_negative_cache",
                     "_abc_negative_cache_version"):
            print(f"{name}: {getattr(cls, name)!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    If a class has had one of its abstract methods implemented after the class was created, the
    method will not be considered implemented until this function is called.  Alternatively, if a
    new abstract method has been added to the class, it will only be considered an abstract method
    of the class after this function is called.

    This function should be called before any use is made of the class, usually in class
    decorators that add methods to the subject class.

    Returns cls, to allow usage as a class decorator.

    If cls is not an instance of ABCMeta, does nothing.
    """
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, cls.__bases__, dict(cls.__dict__))
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""

    __slots__ = ()
