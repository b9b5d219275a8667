import base64

text = b"hello world"
print(base64.a85encode(text))
print(base64.a85encode(b"\0\0\0\0abcd    "))
print(base64.a85encode(b"\0\0\0\0abcd    ", foldspaces=True))
print(base64.a85encode(b"hi", pad=True), base64.a85encode(b"\0"), base64.a85encode(b"\0", pad=True))
print(base64.a85encode(b"hi", adobe=True), base64.a85encode(b"", adobe=True))
print(base64.a85encode(text * 3, wrapcol=20))
print(base64.a85encode(text * 3, wrapcol=20, adobe=True))
print(base64.a85encode(text, wrapcol=1, adobe=True))
print(base64.a85decode("BOu!rD]j7BEbo7"))
print(base64.a85decode("<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.a85decode("BOu!r D]j7\nBEbo7"))
print(base64.a85decode("z"), base64.a85decode("y", foldspaces=True))
print(base64.a85decode("BOu!r", ignorechars=b"!"))
for s, kw in [("BOu!rD]j7BEbo7~>", {}), ("Bz", {}), ("By", {"foldspaces": True}), ("y", {}),
              ("vvvvv", {}), ('s8W-"', {}), ("uu", {}), ("<~BOu", {"adobe": True})]:
    try:
        print(base64.a85decode(s, **kw))
    except ValueError as e:
        print(repr(s), e)
