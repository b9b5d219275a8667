from abc import ABC, ABCMeta
class Drawable(ABC):
    pass
class Circle:
    pass
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
Drawable.register(Circle)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
@Drawable.register
class Text:
    pass
print(Text.__name__, issubclass(Text, Drawable), Drawable in Circle.__mro__)
class BigCircle(Circle):
    pass
print(issubclass(BigCircle, Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance('x', Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
class Sub(Drawable):
    pass
try:
    Sub.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)
print(Drawable.register(Sub) is Sub)
