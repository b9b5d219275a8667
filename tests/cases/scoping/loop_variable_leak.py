for i in range(3):
    pass
print("after for:", i)

for i in []:
    pass
print("empty loop keeps old value:", i)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)

d = {}
for d["key"] in range(3):
    pass
print(d)

lst = [0, 0, 0]
for lst[1] in "xyz":
    pass
print(lst)


class Holder:
    pass


h = Holder()
for h.attr in (1, 2, 3):
    pass
print(h.attr)

while_i = 0
while while_i < 5:
    while_i += 1
    inner_defined = while_i * 10
print(while_i, inner_defined)

if False:
    never = 1
try:
    never
except NameError as e:
    print("NameError:", e)

class CM:
    def __enter__(self):
        return "entered"

    def __exit__(self, *exc):
        return None


with CM() as ctx:
    inside_with = "bound inside with"
print(ctx, inside_with)


def in_func():
    for j in range(2):
        for k in range(j, 4):
            pass
    return j, k


print(in_func())
