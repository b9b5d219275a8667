import json

docs = [r'"\n\t\r\b\f\/\\\""', r'"\u00e9\u00E9"', r'"\ud83d\ude00"', r'"\u2603 snow"', r'"\u0000"',
        '"raw é 😀"', r'"a\u0041b"', r'"\uD834\uDD1E"', '"\x7f"', r'"\u005c"']
for d in docs:
    v = json.loads(d)
    print(d, "->", repr(v), len(v))

# control characters are rejected unless strict=False
for d in ['"a\tb"', '"line\nbreak"', '"nul\x00"', '"\x1f"']:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(repr(d), e)
    print(repr(json.loads(d, strict=False)))
print(json.loads('{"k\tey": "v\nal"}', strict=False))
dec = json.JSONDecoder(strict=False)
print(repr(dec.decode('["\r"]')))
print(dec.strict, json.JSONDecoder().strict)

for d in [r'"\u"', r'"\u12"', r'"\u12G4"', r'"\q"', r'"\ud83d\u"', '"\\', r'"\ud83d\uzzzz"']:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(d, "->", e)

# keys are strings and may be any string
print(json.loads('{"\\u00e9": 1, "a b": 2, "": 3, "1": 4}'))
