import io

print(io.BytesIO(memoryview(b"mv")).getvalue())
b = io.BytesIO(b"abcdef")
view = b.getbuffer()
print(len(view), bytes(view), view[0])
view[0] = ord("A")
print(b.getvalue())
try:
    b.write(b"more")
except BufferError as e:
    print("BufferError:", e)
try:
    b.truncate(2)
except BufferError as e:
    print("BufferError:", e)
view.release()
b.write(b"more")
print(b.getvalue())
with b.getbuffer() as v2:
    print(v2.tobytes())
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print("ValueError:", e)
