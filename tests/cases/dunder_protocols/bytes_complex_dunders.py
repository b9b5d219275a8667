class Packet:
    def __init__(self, kind, payload):
        self.kind, self.payload = kind, payload

    def __bytes__(self):
        body = self.payload.encode()
        return bytes([self.kind, len(body)]) + body

    def __str__(self):
        return f"Packet({self.kind}, {self.payload!r})"


p = Packet(7, "héllo")
raw = bytes(p)
print(raw, len(raw), list(raw[:2]), raw[2:].decode())
print(str(p), bytes(Packet(0, "")))


class BadBytes:
    def __bytes__(self):
        return "not bytes"


try:
    bytes(BadBytes())
except TypeError as e:
    print("TypeError:", e)


class Phasor:
    def __init__(self, re, im):
        self.re, self.im = re, im

    def __complex__(self):
        return complex(self.re, self.im)


z = complex(Phasor(3, -4))
print(z, abs(z), z.conjugate(), z.real, z.imag)
print(bytes(3), bytes([65, 66]), bytes("ü", "utf-8"), bytes(range(3)), bytearray(b"ab") + b"c")
for bad in (-1, [256], "text", 1.5):
    try:
        bytes(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
