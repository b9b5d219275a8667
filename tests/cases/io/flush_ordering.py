import os
import sys

# Explicit flushes make the order of text, buffer and descriptor writes deterministic.
print("1 print")
sys.stdout.flush()
sys.stdout.buffer.write(b"2 buffer\n")
sys.stdout.buffer.flush()
os.write(1, b"3 os.write\n")
print("4 print", flush=True)
os.write(1, b"5 os.write\n")
sys.stdout.write("6 write\n")
sys.stdout.flush()

# A separately opened, block-buffered writer on the same descriptor holds its text until flushed.
out = open(sys.stdout.fileno(), "w", closefd=False, encoding="utf-8")
print(out.line_buffering, out.closed)
sys.stdout.flush()
out.write("9 held until flush\n")
os.write(1, b"7 os.write goes first\n")
print("8 print goes first", flush=True)
out.flush()
out.write("11 written on close\n")
os.write(1, b"10 before close\n")
out.close()
print("12 stdout still open:", not sys.stdout.closed, flush=True)

lb = open(sys.stdout.fileno(), "w", closefd=False, buffering=1, encoding="utf-8")
print(lb.line_buffering)
sys.stdout.flush()
lb.write("13 line buffered ")
os.write(1, b"[14 os.write] ")
lb.write("15 after newline\n")
os.write(1, b"16 last\n")
lb.close()
