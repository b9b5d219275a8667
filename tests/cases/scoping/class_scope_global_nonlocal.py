def outer():
    x = 1

    class K:
        x = 2
        seen_local = x

        def get(self):
            return x

        def set_outer(self, v):
            nonlocal x
            x = v
    k = K()
    before = k.get()
    k.set_outer(99)
    return K.seen_local, before, k.get(), x, K.x


print(outer())

g = "module"


class G:
    global g
    g = "set from class body"
    local_one = "stays in class"


print(g, G.local_one, "g" in G.__dict__)


def builder():
    name = "free"

    class M:
        nonlocal name
        name = "rebound by class body"
    return name, hasattr(M, "name")


print(builder())


def counter_class():
    count = 0

    class Counter:
        def __init__(self):
            nonlocal count
            count += 1
            self.id = count
    Counter()
    Counter()
    c = Counter()
    return c.id, count


print(counter_class())


def class_reads_then_shadows():
    y = "function y"

    class Q:
        try:
            first = y
        except NameError as e:
            first = f"NameError: {e}"
        y = "class y"
        second = y
    return Q.first, Q.second, y


print(class_reads_then_shadows())

z = "global z"


def class_name_lookup_falls_to_global():
    z = "function z"

    class R:
        z_before = z
        z = "class z"
        z_after = z
    return R.z_before, R.z_after


print(class_name_lookup_falls_to_global())
