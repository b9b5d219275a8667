import json

dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('[1, 2][3]'))
print(dec.raw_decode('   [1]', 3))
print(dec.raw_decode('"s" x'))
print(dec.raw_decode('123abc'))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    dec.raw_decode('')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)


def iter_documents(text):
    """Decode several concatenated JSON documents."""
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos == len(text):
            return
        obj, pos = dec.raw_decode(text, pos)
        yield obj


print(list(iter_documents('{"a": 1} {"b": 2}\n[3, 4] "five" 6 null')))
try:
    list(iter_documents('{"a": 1} {"b": }'))
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)


class TupleDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=self.pairs, **kw)

    @staticmethod
    def pairs(items):
        return tuple(items)


print(json.loads('{"a": {"b": 2}}', cls=TupleDecoder))
print(json.loads('{"a": 1}', cls=TupleDecoder, parse_int=float))


class LoggingDecoder(json.JSONDecoder):
    def decode(self, s):
        print("decoding", len(s), "chars")
        return super().decode(s)


print(json.loads('[1, 2, 3]', cls=LoggingDecoder))


class RawDecoder(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return {"wrapped": obj}, end


print(json.loads(' [1] ', cls=RawDecoder))
try:
    json.loads(' [1] x', cls=RawDecoder)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.loads('[1] [2]')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
