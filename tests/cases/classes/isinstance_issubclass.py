class Vehicle: pass
class Car(Vehicle): pass
class Truck(Vehicle): pass
class SportsCar(Car): pass

sc = SportsCar()
print(isinstance(sc, SportsCar), isinstance(sc, Car), isinstance(sc, Vehicle), isinstance(sc, object))
print(isinstance(sc, Truck), isinstance(sc, (Truck, Car)), isinstance(sc, ()))
print(issubclass(SportsCar, Vehicle), issubclass(Vehicle, SportsCar), issubclass(Car, Car))
print(issubclass(Truck, (Car, SportsCar)), issubclass(Truck, (Car, Vehicle)))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(3, (str, (list, int))))
print(isinstance(Car, type), isinstance(type, type), isinstance(type, object))
print(issubclass(type, object), issubclass(object, type))

try:
    isinstance(sc, sc)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(sc, Car)
except TypeError as e:
    print(type(e).__name__, e)

print(type(sc) == Car, type(sc) is SportsCar)
print(Vehicle.__subclasses__() == [Car, Truck])
print(isinstance(None, type(None)), isinstance([], list), isinstance({}, dict))
