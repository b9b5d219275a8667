import binascii

print(binascii.crc32(b"hello"))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
print(binascii.crc32(b""), binascii.crc32(b"", -1), binascii.crc32(b"x", 2 ** 40))
print(hex(binascii.crc32(b"The quick brown fox jumps over the lazy dog")))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"hello", 0xFFFF), binascii.crc_hqx(b"", 7))
print(binascii.crc_hqx(b"123456789", 0), binascii.crc_hqx(b"x", 0x12345))
crc = 0
for chunk in (b"abc", b"def", b"ghi"):
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(b"abcdefghi"))
print(issubclass(binascii.Incomplete, Exception), issubclass(binascii.Error, ValueError))
print(binascii.Error.__module__, binascii.Incomplete.__name__)
try:
    binascii.crc32("text")
except TypeError as e:
    print(e)
