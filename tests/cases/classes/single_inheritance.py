class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name})"

class Dog(Animal):
    sound = "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + "!" * self.age

class Cat(Animal):
    sound = "meow"
    def speak(self):
        base = Animal.speak(self)
        return base.upper()

for pet in [Animal("thing"), Dog("rex"), Puppy("bit", 3), Cat("tom")]:
    print(pet.describe(), "->", pet.speak())

print(Puppy.__bases__, Dog.__bases__, Animal.__bases__)
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), isinstance(Puppy("a", 1), Dog))
print(Puppy.sound, "speak" in Puppy.__dict__, "describe" in Puppy.__dict__)
