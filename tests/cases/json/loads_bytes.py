import json

doc = '{"name": "café ☃ 😀", "n": [1, 2]}'
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    data = doc.encode(enc)
    print(enc, data[:6], json.loads(data))

# short documents in utf-16 / utf-32
for enc in ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]:
    print(enc, json.loads("1".encode(enc)), json.loads("[]".encode(enc)))

print(json.loads(bytearray('"x"'.encode("utf-16"))))

# a BOM in a str is an error
try:
    json.loads("\ufeff{}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.loads(b"\xff\xfe\xff")
except Exception as e:
    print(type(e).__name__, e)
try:
    json.loads(b'"\xff"')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    json.loads(b"[1,")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.doc)
