"""A small permissions system: roles are Flag combinations, users get role unions."""
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ADMIN = auto()
    EDITOR = READ | WRITE
    OWNER = READ | WRITE | DELETE


class Mode(IntFlag):
    X = 1
    W = 2
    R = 4


ROLES = {
    'guest': Perm.READ,
    'editor': Perm.EDITOR,
    'owner': Perm.OWNER,
    'root': Perm.OWNER | Perm.ADMIN,
}

USERS = {'ann': ['guest'], 'bob': ['editor', 'guest'], 'cy': ['owner'], 'dee': ['root']}


def permissions(user):
    result = Perm(0)
    for role in USERS[user]:
        result |= ROLES[role]
    return result


def check(user, needed):
    have = permissions(user)
    ok = needed in have
    missing = needed & ~have
    return ok, missing


for user in USERS:
    perms = permissions(user)
    print(f"{user:<4} {perms!s:<32} {perms.value:>2} {[p.name for p in perms]}")
for user, needed in [('ann', Perm.WRITE), ('bob', Perm.EDITOR), ('cy', Perm.ADMIN),
                     ('dee', Perm.DELETE | Perm.ADMIN)]:
    ok, missing = check(user, needed)
    print(user, needed, "granted" if ok else f"denied (missing {missing!r})")

for mode in (0o7, 0o5, 0o4, 0):
    m = Mode(mode)
    text = ''.join(ch if flag in m else '-' for ch, flag in (('r', Mode.R), ('w', Mode.W), ('x', Mode.X)))
    print(oct(mode), text, repr(m), str(m))
print(Mode.R | Mode.W | 8, repr(Mode(15)))
