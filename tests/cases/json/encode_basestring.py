import json
import json.encoder
import json.decoder

print(json.encoder.encode_basestring("a\"b\n\u00e9\U0001F600"))
print(json.encoder.encode_basestring_ascii("a\"b\n\u00e9\U0001F600"))
print(json.encoder.py_encode_basestring_ascii("\x00\x1f"))
print(json.JSONDecodeError is json.decoder.JSONDecodeError)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.JSONEncoder is json.encoder.JSONEncoder, json.JSONDecoder is json.decoder.JSONDecoder)
print(sorted(json.__all__))
print(json.__version__)
print(callable(json.dump), callable(json.load))
