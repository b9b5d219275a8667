"""Status codes with extra attributes, lookup tables and formatting."""
from enum import IntEnum


class Status(IntEnum):
    def __new__(cls, value, phrase, description=''):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        return obj

    OK = 200, 'OK', 'Request fulfilled'
    CREATED = 201, 'Created', 'Resource created'
    MOVED = 301, 'Moved Permanently'
    NOT_FOUND = 404, 'Not Found', 'Nothing matches the URI'
    TEAPOT = 418, "I'm a teapot"
    ERROR = 500, 'Internal Server Error'

    @property
    def is_success(self):
        return 200 <= self < 300

    @classmethod
    def _missing_(cls, value):
        return None


for s in Status:
    print(f"{s.value} {s.phrase:<22} success={s.is_success!s:<5} {s.description!r}")
print(Status(404), repr(Status(404)), Status.OK + 0, Status['TEAPOT'].phrase)
groups = {}
for s in Status:
    groups.setdefault(s // 100, []).append(s.name)
print(groups)
try:
    Status(999)
except ValueError as e:
    print(e)
print(sorted(Status, key=lambda s: -s)[:2])
