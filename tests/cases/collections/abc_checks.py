from collections import abc
from collections import deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString

checks = [
    ('list', []), ('tuple', ()), ('str', ''), ('bytes', b''), ('dict', {}), ('set', set()),
    ('frozenset', frozenset()), ('range', range(3)), ('int', 1), ('deque', deque()),
    ('Counter', Counter()), ('OrderedDict', OrderedDict()), ('defaultdict', defaultdict()),
    ('ChainMap', ChainMap()), ('UserDict', UserDict()), ('UserList', UserList()),
    ('UserString', UserString('')), ('gen', (x for x in ())), ('iter', iter([])),
    ('keys', {}.keys()), ('items', {}.items()), ('values', {}.values()), ('func', len),
]
abcs = [abc.Iterable, abc.Iterator, abc.Generator, abc.Sized, abc.Container, abc.Collection,
        abc.Sequence, abc.MutableSequence, abc.Mapping, abc.MutableMapping, abc.Set,
        abc.MutableSet, abc.Hashable, abc.Callable, abc.Reversible, abc.KeysView,
        abc.ItemsView, abc.ValuesView, abc.MappingView, abc.ByteString]
print(' ' * 12 + ' '.join(a.__name__[:4] for a in abcs))
for name, obj in checks:
    print(f'{name:<12}' + ' '.join(('Y' if isinstance(obj, a) else '.').ljust(4) for a in abcs))
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Sequence), issubclass(str, abc.Iterable))

class OnlyIter:
    def __iter__(self):
        return iter([])
class Sizey:
    def __len__(self):
        return 0
class NoHash:
    __hash__ = None
print(isinstance(OnlyIter(), abc.Iterable), isinstance(OnlyIter(), abc.Iterator),
      isinstance(Sizey(), abc.Sized), isinstance(NoHash(), abc.Hashable), isinstance(OnlyIter(), abc.Hashable))

class Registered:
    pass
abc.Sequence.register(Registered)
print(isinstance(Registered(), abc.Sequence), isinstance(Registered(), abc.Iterable),
      issubclass(Registered, abc.Collection), issubclass(Registered, abc.MutableSequence))
print(abc.Mapping, abc.MutableMapping.__mro__)
print(sorted(abc.MutableMapping.__abstractmethods__), sorted(abc.Sequence.__abstractmethods__))
