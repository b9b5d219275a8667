import io
import json

data = {"a": [1, 2, {"b": "c"}], "d": None}
enc = json.JSONEncoder()
chunks = list(enc.iterencode(data))
print("".join(chunks))
print("".join(chunks) == enc.encode(data))
print("".join(json.JSONEncoder(indent=2).iterencode(data)))

buf = io.StringIO()
for chunk in json.JSONEncoder(sort_keys=True).iterencode(data):
    buf.write(chunk)
print(buf.getvalue())

print(type(enc.iterencode(data)).__name__ in ("generator", "list_iterator", "iterator"))
print(enc.iterencode("x") is not None)


class StreamEncoder(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.replace("null", "NULL")


print(StreamEncoder().encode({"x": None}))
print(json.dumps({"x": None}, cls=StreamEncoder))

# json.dump writes to a file object
out = io.StringIO()
json.dump(data, out, indent=1)
print(out.getvalue())


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


r = Recorder()
json.dump([1, [2, 3]], r)
print("".join(r.parts))
