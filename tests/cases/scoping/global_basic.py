counter = 0
items = []


def bump():
    global counter
    counter += 1
    return counter


def append_only():
    # no global needed to mutate
    items.append(counter)


def shadow():
    counter = 100
    return counter


def read_only():
    return counter * 2


for _ in range(3):
    bump()
    append_only()
print(counter, items, shadow(), counter, read_only())


def create_new_global():
    global brand_new
    brand_new = "created inside function"


try:
    print(brand_new)
except NameError as e:
    print("NameError:", e)
create_new_global()
print(brand_new)


def multi():
    global a, b
    a, b = 1, 2
    a += b


multi()
print(a, b)


def nested_global():
    def inner():
        global counter
        counter = -1
    counter = 50
    inner()
    return counter


print(nested_global(), counter)


def global_in_loop():
    global total
    total = 0
    for i in range(5):
        total += i
    return total


print(global_in_loop(), total)


def del_global():
    global brand_new
    del brand_new


del_global()
try:
    brand_new
except NameError as e:
    print("NameError:", e)
