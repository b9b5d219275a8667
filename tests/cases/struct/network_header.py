"""Build and parse an IPv4-like header in network byte order."""
import struct

def checksum(data):
    total = 0
    for (word,) in struct.iter_unpack("!H", data):
        total += word
    while total > 0xFFFF:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF

fmt = "!BBHHHBBH4s4s"
src = bytes([192, 168, 0, 1])
dst = bytes([10, 0, 0, 7])
header = struct.pack(fmt, 0x45, 0, 20, 54321, 0, 64, 6, 0, src, dst)
csum = checksum(header)
header = header[:10] + struct.pack("!H", csum) + header[12:]
print(header.hex())
fields = struct.unpack(fmt, header)
print(fields[:8])
print(".".join(str(b) for b in fields[8]), ".".join(map(str, fields[9])))
print(checksum(header))
