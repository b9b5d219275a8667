def source(name, values):
    print("building", name)
    return values

g = (x + y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("generator created")
print(list(g))

try:
    bad = (x for x in 42)
except TypeError as e:
    print("outermost iterable evaluated eagerly:", e)

lazy = (x for x in [1] for y in 42)
print("inner iterable not yet evaluated")
try:
    list(lazy)
except TypeError as e:
    print("raised on iteration:", e)

n = 3
gen = (i for i in range(n))
n = 100
print(list(gen))
