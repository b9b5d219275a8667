from enum import Enum
class Status(Enum):
    def __new__(cls, code, label):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.label = label
        return obj
    OK = (200, "Everything fine")
    NOT_FOUND = (404, "Nowhere to be seen")
print(Status(404), Status.OK.value, Status.OK.label, repr(Status.NOT_FOUND))
class Code(int, Enum):
    def __new__(cls, value, doc):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj
    A = (1, "first")
    B = (2, "second")
print(Code.B + 1, Code(1).doc, repr(Code.A))
