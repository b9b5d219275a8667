import struct

for fmt in ["b", "h", "i", "l", "q", "n", "P", "e", "f", "d", "?", "c",
            "@bi", "=bi", "<bi", ">bi", "!bi", "@ib", "@bq", "@bd", "@be", "@bh",
            "@b0q", "@b0i", "@3s i", "@ci", "@xi", "xxi", "<3x", "10s", "0s", "@5p d",
            "@iiq", "@hq", "", "<", "@", "2i 3h", "@llh", "=l", "<L", ">q"]:
    print(repr(fmt), struct.calcsize(fmt))
