b = bytearray(b'hello world'); m = memoryview(b)
m[0:5] = b'HELLO'; print(b)
m[::2] = b'abcdef'; print(b)
try: m[0:2] = b'xyz'
except ValueError as e: print(e)
try: m[0:2] = 'ab'
except TypeError as e: print(e)
try: memoryview(b'ro')[0:1] = b'x'
except TypeError as e: print(e)
