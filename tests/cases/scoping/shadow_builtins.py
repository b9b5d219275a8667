print(max([3, 1, 2]))


def local_shadow():
    max = "not a function"
    return max


print(local_shadow(), max([3, 1, 2]))

list = [1, 2, 3]
try:
    list("abc")
except TypeError as e:
    print("TypeError:", e)
del list
print(list("abc"))


def uses_sum(values):
    return sum(values)


sum = lambda values: "shadowed sum"
print(uses_sum([1, 2]))
del sum
print(uses_sum([1, 2]))

str = int
print(str("42") + 1)
del str


def param_shadow(len, print=print):
    print("len param is", len)
    return len * 2


print(param_shadow(21))


class Weird:
    def range(self, n):
        return f"method range({n})"

    def use(self):
        return list(range(3)), self.range(3)


print(Weird().use())

id = "custom id"
type = "custom type"
print(id, type)
del id, type
print(type(5).__name__, callable(id))

True_ = True
None_ = None
print(True_, None_, isinstance(True_, int))


def shadow_in_comprehension():
    return [len for len in range(3)], len("four")


print(shadow_in_comprehension())
