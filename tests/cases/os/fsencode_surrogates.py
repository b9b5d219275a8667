import os

# Undecodable bytes in file names survive a round trip as lone surrogates.
raw = b"bad\xffname"
text = os.fsdecode(raw)
print(repr(text), len(text))
print(os.fsencode(text) == raw, os.fsencode(text))
print(repr(os.fsdecode(b"\x80\x81")))
