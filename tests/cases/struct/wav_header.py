"""Build a WAV (RIFF) header and samples, then parse them back."""
import math
import struct

rate, channels, bits = 8000, 1, 16
samples = [int(12000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(16)]
frames = struct.pack("<%dh" % len(samples), *samples)
fmt_chunk = struct.pack("<4sIHHIIHH", b"fmt ", 16, 1, channels, rate,
                        rate * channels * bits // 8, channels * bits // 8, bits)
data_chunk = struct.pack("<4sI", b"data", len(frames)) + frames
riff = struct.pack("<4sI4s", b"RIFF", 4 + len(fmt_chunk) + len(data_chunk), b"WAVE")
wav = riff + fmt_chunk + data_chunk
print(len(wav), wav[:12])
tag, size, kind = struct.unpack_from("<4sI4s", wav, 0)
print(tag, size, kind)
offset = 12
while offset < len(wav):
    cid, clen = struct.unpack_from("<4sI", wav, offset)
    body = wav[offset + 8:offset + 8 + clen]
    if cid == b"fmt ":
        print(struct.unpack("<HHIIHH", body))
    else:
        print(cid, clen, [s for (s,) in struct.iter_unpack("<h", body)])
    offset += 8 + clen
