import uuid

base = uuid.UUID("00010203-0405-0607-0809-0a0b0c0d0e0f")
print(uuid.UUID(bytes=base.bytes) == base)
print(uuid.UUID(bytes_le=base.bytes_le) == base)
print(uuid.UUID(fields=base.fields) == base)
print(uuid.UUID(int=base.int) == base)
print(uuid.UUID(hex=base.hex) == base)
print(uuid.UUID(bytes_le=bytes(range(16))))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(uuid.UUID(int=0), uuid.UUID(int=(1 << 128) - 1))
for v in range(1, 6):
    u = uuid.UUID(hex="12345678123456781234567812345678", version=v)
    print(v, u, u.version, u.variant)
