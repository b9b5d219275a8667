from enum import Enum, member, nonmember
class Ops(Enum):
    ADD = 1
    LIMIT = nonmember(100)
    @member
    def helper():
        return 'called'
print(list(Ops.__members__), Ops.LIMIT, Ops.helper.value())
