"""A timing and logging helper built with @contextmanager, used both as a with block and as a
decorator. A fake clock keeps the output deterministic."""
import io
import sys
from contextlib import contextmanager, redirect_stdout


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


clock = FakeClock()
depth = 0
records = []


@contextmanager
def timed(label, log=print, threshold=None):
    global depth
    indent = "  " * depth
    log(f"{indent}> {label}")
    start = clock()
    depth += 1
    status = "ok"
    try:
        yield records
    except Exception as e:
        status = f"failed: {type(e).__name__}: {e}"
        raise
    finally:
        depth -= 1
        elapsed = clock() - start
        records.append((label, elapsed, status))
        slow = " SLOW" if threshold is not None and elapsed > threshold else ""
        log(f"{indent}< {label} {elapsed:.3f}s {status}{slow}")


@timed("load")
def load(n):
    clock.advance(0.25 * n)
    return list(range(n))


@timed("transform", threshold=0.5)
def transform(items):
    with timed("square"):
        clock.advance(0.1)
        squared = [x * x for x in items]
    with timed("filter"):
        clock.advance(0.6)
        return [x for x in squared if x % 2 == 0]


def pipeline(n):
    with timed("pipeline"):
        data = load(n)
        result = transform(data)
        return sum(result)


print("total:", pipeline(4))
try:
    with timed("broken"):
        clock.advance(1)
        pipeline(0) / 0
except ZeroDivisionError:
    print("caught ZeroDivisionError")

for label, elapsed, status in records:
    print(f"{label:10} {elapsed:6.3f} {status}")

buffer = io.StringIO()
with redirect_stdout(buffer):
    with timed("quiet"):
        clock.advance(0.01)
print("captured:", buffer.getvalue().splitlines())
lines = []
with timed("custom log", log=lines.append):
    pass
print(lines)
print(load.__name__, load(1))
