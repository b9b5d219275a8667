import copy


def f():
    return 1


class K:
    def method(self):
        return self.value

    value = 'class value'


print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(K) is K, copy.deepcopy(K) is K)
print(copy.deepcopy(lambda: 0).__name__, copy.deepcopy(print) is print, copy.deepcopy(type) is type)
k = K()
k.value = [1]
bound = copy.deepcopy(k.method)
print(bound(), bound() is k.value, bound.__self__ is not k)
sb = copy.copy(k.method)
print(sb() is k.value)
registry = {'handler': f, 'cls': K, 'items': [K, f]}
rc = copy.deepcopy(registry)
print(rc['handler'] is f, rc['items'][0] is K, rc['items'] is not registry['items'])
print(copy.deepcopy(property()) is not None, copy.deepcopy(range(10)) == range(10))
