import functools

print(functools.__all__)
print(all(hasattr(functools, name) for name in functools.__all__))
for name in ['partial', 'partialmethod', 'cached_property', 'singledispatchmethod']:
    obj = getattr(functools, name)
    print(name, isinstance(obj, type), obj.__module__)
for name in ['reduce', 'wraps', 'update_wrapper', 'lru_cache', 'cache', 'total_ordering',
             'cmp_to_key', 'singledispatch']:
    print(name, callable(getattr(functools, name)))
print(functools.partial.__name__, functools.partial(print).__class__ is functools.partial)
