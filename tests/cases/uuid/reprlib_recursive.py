import reprlib

class Node(list):
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(" + ", ".join(map(repr, self)) + ")"

n = Node([1, 2])
n.append(n)
print(repr(n))

class Loop(list):
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        """Doc of repr."""
        return "<" + "|".join(map(repr, self)) + ">"

a = Loop([1])
b = Loop([a])
a.append(b)
print(repr(a), repr(b))
print(Loop.__repr__.__name__, Loop.__repr__.__doc__, Loop.__repr__.__qualname__)
print(hasattr(Loop.__repr__, "__wrapped__"))
print(repr(Loop([1, 2])))
