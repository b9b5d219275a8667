from enum import StrEnum, auto
class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = 'Custom'
print(list(Method), Method.GET == 'get', Method.GET.upper(), Method('post'))
print(Method.POST + '!', len(Method.CUSTOM), '/'.join(Method))
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)
