import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print("second", end="!")
print("target is buf:", target is buf)
print(repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

reused = redirect_stdout(io.StringIO())
with reused:
    with reused:
        print("twice")
print("restored:", sys.stdout is sys.__stdout__)

try:
    with redirect_stdout(io.StringIO()):
        print("lost")
        raise ValueError("inside")
except ValueError as e:
    print("after error, stdout restored:", sys.stdout is sys.__stdout__, e)


def noisy():
    print("noise")
    return 42


capture = io.StringIO()
with redirect_stdout(capture):
    result = noisy()
print(result, capture.getvalue().strip())
with redirect_stdout(None):
    print("printing to None goes nowhere")
print("back")
