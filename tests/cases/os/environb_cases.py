import os

os.environ.clear()
os.environb[b"RAW"] = b"bytes-value"
os.environ["TEXT"] = "caf\u00e9"
print(repr(os.environb))
print(repr(os.environ))
print(os.environ["RAW"], os.environb[b"TEXT"])
print(os.getenvb(b"TEXT"), os.getenvb(b"NOPE"), os.getenvb(b"NOPE", b"dflt"))
del os.environb[b"RAW"]
print("RAW" in os.environ, sorted(os.environb))
print(os.supports_bytes_environ)
