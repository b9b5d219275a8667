import pprint

blob = bytes(range(0, 256, 3))
pprint.pprint(blob)
pprint.pprint(blob, width=30)
pprint.pprint([blob[:20], b'tiny', b''], width=20)
pprint.pprint({'payload': b'hello world ' * 6}, width=40)
pprint.pprint(bytearray(b'abcdefghij' * 10), width=40)
pprint.pprint(bytearray(b'ab'), width=1)
pprint.pprint(b'\x00\x01\x02\x03\x04', width=1)
