import uuid

seen = set()
for _ in range(50):
    u = uuid.uuid4()
    seen.add(u)
    assert u.version == 4 and u.variant == uuid.RFC_4122
    assert len(str(u)) == 36 and str(u)[14] == "4"
print(len(seen))
t = uuid.uuid1()
print(t.version, t.variant, len(t.hex))
t2 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t2.node == 0x123456789abc, t2.clock_seq == 0x1234, t2.hex[16:])
a, b = uuid.uuid1(), uuid.uuid1()
print(a != b, a.time <= b.time)
print(0 <= uuid.getnode() < (1 << 48), uuid.getnode() == uuid.getnode())
