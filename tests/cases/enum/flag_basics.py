from enum import Flag, auto
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
purple = Color.RED | Color.BLUE
print(repr(purple), str(purple), purple.name, purple.value)
print(Color.RED in purple, Color.GREEN in purple, bool(Color.RED & Color.GREEN))
print(list(purple), len(purple), list(Color), len(Color))
print(repr(Color(0)), str(Color(0)), bool(Color(0)), Color(0).name)
print(repr(Color.RED ^ purple), repr(purple & Color.BLUE))
