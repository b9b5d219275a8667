import base64
import binascii

for raw in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"hello world", bytes(range(20))]:
    enc = base64.b32encode(raw)
    print(enc, base64.b32decode(enc) == raw, base64.b32hexencode(raw))
print(base64.b32decode("NBSWY3DP"))
print(base64.b32decode("nbswy3dp", casefold=True))
print(base64.b32decode("NBSWY3D0", map01="L"))
print(base64.b32decode(b"NBSWY3D1", map01=b"I"))
print(base64.b32hexdecode("D1IMOR3F"), base64.b32hexdecode("d1imor3f", True))

def show(s, **kw):
    try:
        print(repr(s), base64.b32decode(s, **kw))
    except binascii.Error as e:
        print(repr(s), "Error:", e)

for s in ["NBSWY3D", "NBSWY3D=", "nbswy3dp", "NBSWY3DP!", "NB==SWY3", "AA======",
          "AAAAAA==", "AAAAA===", "A=======", "========", "AAAAAAA=", "AA=A===="]:
    show(s)
try:
    base64.b32decode("MFRA====", map01=b"LL")
except AssertionError as e:
    print("AssertionError", e)
