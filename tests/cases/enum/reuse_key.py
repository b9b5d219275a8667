from enum import Enum
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Enum):
        A = 1
        def A(self):
            pass
except TypeError as e:
    print("TypeError:", e)
