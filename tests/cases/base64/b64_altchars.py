import base64

raw = b"\xfb\xff\xfe\x00\x10"
print(base64.b64encode(raw))
print(base64.b64encode(raw, b"-_"))
print(base64.b64encode(raw, altchars=b"*."))
print(base64.b64decode(b"-__-ABA=", b"-_"))
print(base64.b64decode("-__-ABA=", altchars="-_"))
print(base64.urlsafe_b64encode(raw))
print(base64.urlsafe_b64decode("-__-ABA="))
print(base64.urlsafe_b64decode(b"+//+ABA="))
for bad in (b"-", b"abc"):
    try:
        base64.b64encode(raw, bad)
    except AssertionError as e:
        print("AssertionError", e)
try:
    base64.b64encode(raw, "-_")
except TypeError as e:
    print("TypeError", e)
