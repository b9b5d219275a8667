import typing


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


names = ["Hashable", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "Iterable", "Iterator",
         "Reversible", "Sized", "Container", "Collection", "Callable", "AbstractSet", "MutableSet",
         "Mapping", "MutableMapping", "Sequence", "MutableSequence", "ByteString", "Tuple", "List",
         "Deque", "Set", "FrozenSet", "MappingView", "KeysView", "ItemsView", "ValuesView", "Dict",
         "DefaultDict", "OrderedDict", "Counter", "ChainMap", "Generator", "AsyncGenerator", "Type"]
for n in names:
    a = getattr(typing, n)
    print(n, repr(a), a.__origin__)
print(typing.Generator[int, None, str], typing.Coroutine[int, int, int], typing.ItemsView[str, int])
attempt(lambda: typing.Hashable[int])
attempt(lambda: typing.Generator[int])
