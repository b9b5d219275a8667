class Dog:
    species = "canis"
    tricks = []

    def __init__(self, name):
        self.name = name
        self.own_tricks = []

    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)

a = Dog("rex")
b = Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks is b.tricks, Dog.tricks)
print(a.own_tricks, b.own_tricks)

a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "canis lupus"
print(a.species, b.species)

print("name" in vars(a), "species" in vars(a))
print(hasattr(a, "name"), hasattr(Dog, "name"))
try:
    Dog.name
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Empty:
    pass

e = Empty()
e.x = 1
Empty.y = 2
print(e.x, e.y, Empty().y)
