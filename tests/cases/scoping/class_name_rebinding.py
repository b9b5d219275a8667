class Node:
    created = 0

    def __init__(self):
        Node.created += 1

    def clone(self):
        return Node()

    def clone_type(self):
        return type(self)()


n = Node()
n.clone()
print(Node.created)
Original = Node


class Node:
    created = 1000


m = n.clone()
print(type(m) is Original, type(m) is Node, Original.created, Node.created)
print(type(n.clone_type()) is Original, Original.created)


def factory():
    return Helper()


class Helper:
    pass


print(type(factory()).__name__)


def make_class(label):
    class Dyn:
        tag = label

        def describe(self):
            return f"{Dyn.tag}/{self.tag}"
    return Dyn


A = make_class("A")
B = make_class("B")
print(A().describe(), B().describe(), A is B, A.__qualname__)
b = B()
b.tag = "instance"
print(b.describe())


class Recursive:
    def __init__(self, depth):
        self.child = Recursive(depth - 1) if depth else None

    def size(self):
        return 1 + (self.child.size() if self.child else 0)


print(Recursive(4).size())
