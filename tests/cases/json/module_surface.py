import json
import json.decoder
import json.encoder

print(json.detect_encoding(b'{"a": 1}'), json.detect_encoding('{}'.encode("utf-16-le")),
      json.detect_encoding(b"\xef\xbb\xbf[]"), json.detect_encoding("[1]".encode("utf-32")))
print(json.decoder.scanstring('"abc\\n" tail', 1))
print(json.decoder.scanstring('"x\\u00e9"', 1, True))
try:
    json.decoder.scanstring('"unterminated', 1)
except json.JSONDecodeError as e:
    print(e)
print(json.decoder.NaN != json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf)
d = json.JSONDecoder()
print(callable(d.scan_once), callable(d.parse_object), callable(d.parse_array), callable(d.parse_string))
print(d.memo == {})
print(d.scan_once('[1, 2] rest', 0))
try:
    d.scan_once('', 0)
except StopIteration as e:
    print("StopIteration", e.value)
print(json.encoder.INFINITY, json.encoder.HAS_UTF8 is not None)
print(json.encoder.ESCAPE_DCT["\n"], json.encoder.ESCAPE_DCT['"'], len(json.encoder.ESCAPE_DCT))
