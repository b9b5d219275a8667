import binascii

print(binascii.b2a_base64(b"hello"))
print(binascii.b2a_base64(b"hello", newline=False))
print(binascii.b2a_base64(b""))
print(binascii.a2b_base64("aGVsbG8="), binascii.a2b_base64(b"aGVs\nbG8="))
cases = ["aGVsbG8=", "aGVsbG8", "aGVsb", "a", "aGVs bG8=\n", "aGVsbG8=====", "aGVsbG8=x",
         "=aGVsbG8=", "aG=VsbG8=", "aGVsbA=", "aGVsbA==YQ==", "a!b@c#d$", "", "====",
         "YQ=Q==", "YWJj=", "Y=Q", "YW=Jj", "YWJj=YQ==", "YQ==\n", "YWJj\nZGVm"]
for s in cases:
    row = []
    for strict in (False, True):
        try:
            row.append(repr(binascii.a2b_base64(s, strict_mode=strict)))
        except binascii.Error as e:
            row.append("Error: %s" % e)
    print(repr(s), "|", " | ".join(row))
try:
    binascii.b2a_base64("text")
except TypeError as e:
    print(e)
