import base64
import binascii

print(base64.b16encode(b"\x00\x01\xab\xff"))
print(base64.b16decode("0001ABFF"))
print(base64.b16decode(b"0001abff", casefold=True))
for s in ["01ab", "01A", "0G", "0G1", ""]:
    try:
        print(repr(s), base64.b16decode(s))
    except binascii.Error as e:
        print(repr(s), "Error:", e)
