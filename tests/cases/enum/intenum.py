from enum import IntEnum
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH + 1)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(max(Priority), min(Priority), sum(Priority), isinstance(Priority.LOW, int))
print(Priority(5), ["a", "b", "c", "d", "e", "f"][Priority.MEDIUM])
print(hash(Priority.LOW) == hash(1), {1: 'one'}[Priority.LOW])
