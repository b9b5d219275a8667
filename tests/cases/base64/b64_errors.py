import base64
import binascii

def show(*args, **kw):
    try:
        print(repr(base64.b64decode(*args, **kw)))
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

for s in ["YQ", "YWJ", "Y", "YWJjZ", "YQ=", "YQ===", "YQ==YQ==", "=YQ==", "Y!Q==", "", "===="]:
    show(s)
    show(s, validate=True)
show("YW Jj", validate=True)
show("YWJj\n", validate=True)
show("aGVsbG8=\n", validate=True)
show("YWJ=j", validate=True)
show("YQ=x", validate=True)
show("é")
show(5)
show(b"\xff\xfeYQ==")
print(issubclass(binascii.Error, ValueError))
