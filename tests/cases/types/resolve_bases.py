import types
class Entry:
    def __mro_entries__(self, bases):
        return (int,)
class Two:
    def __mro_entries__(self, bases):
        return (list, dict)
print(types.resolve_bases((Entry(), str)))
print(types.resolve_bases((str, Two())))
b = (str,)
print(types.resolve_bases(b) is b)
C = types.new_class('C', (Entry(),))
print(C.__mro__[1], C.__orig_bases__[0].__class__.__name__)
class Bad:
    def __mro_entries__(self, bases):
        return [int]
try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print("TypeError:", e)
