from enum import Enum
class Registered(Enum):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("subclass", cls.__name__, cls._member_names_)
class Colors(Registered):
    RED = 1
    BLUE = 2
print(list(Colors))
