import uuid

print(uuid.SafeUUID.safe, uuid.SafeUUID.unsafe, uuid.SafeUUID.unknown)
print(repr(uuid.SafeUUID.safe), uuid.SafeUUID.unknown.value, uuid.SafeUUID(-1).name)
print(list(uuid.SafeUUID))
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep="|")
for top in [0x00, 0x80, 0xC0, 0xE0]:
    print(hex(top), uuid.UUID(fields=(0, 0, 0, top, 0, 0)).variant)
print(uuid.UUID(int=7).version, uuid.UUID(int=7, is_safe=uuid.SafeUUID.unsafe).is_safe)
class MyUUID(uuid.UUID):
    pass
print(repr(MyUUID(int=1)), isinstance(MyUUID(int=1), uuid.UUID))
