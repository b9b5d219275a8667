import json

# a UTF-8 byte order mark in front of bytes is accepted (the text one is not)
data = b"\xef\xbb\xbf" + '{"name": "café", "n": [1, 2]}'.encode()
print(json.loads(data))
print(json.loads(b"\xef\xbb\xbf[]"), json.loads(b"\xef\xbb\xbf1"))
try:
    json.loads(data.decode("utf-8"))
except json.JSONDecodeError as e:
    print(e)
