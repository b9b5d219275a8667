def show(*args, **kwargs):
    print("args:", args)
    print("kwargs:", sorted(kwargs.items()))

show()
show(1, 2, 3)
show(a=1, b=2)
show(1, *[2, 3], x=4, **{"y": 5, "z": 6})

def first_rest(first, *rest):
    return first, rest

print(first_rest(1))
print(first_rest(1, 2, 3))
print(first_rest(*"abc"))

def merge(**kw):
    return kw

d = merge(**{"a": 1}, **{"b": 2}, c=3)
print(d)
print(list(d))

def total(*nums, scale=1):
    return sum(nums) * scale

print(total(1, 2, 3))
print(total(1, 2, 3, scale=10))
print(total(*range(5), scale=2))
args = (1, 2)
kwargs = {"scale": 3}
print(total(*args, *args, **kwargs))
