counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)

def make_counter():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x
print(outer())

def define_global():
    global created_later
    created_later = "hello"
define_global()
print(created_later)

x = "module"
def shadow():
    x = "local"
    def g():
        global x
        return x
    return g(), x
print(shadow())

def bad():
    print(counter)
    counter = 5
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
