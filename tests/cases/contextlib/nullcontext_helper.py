from contextlib import nullcontext, suppress

with nullcontext() as value:
    print("value:", value)
with nullcontext(42) as value:
    print("value:", value)

obj = object()
with nullcontext(obj) as same:
    print(same is obj)


def process(data, ignore_errors=False):
    cm = suppress(ValueError) if ignore_errors else nullcontext()
    with cm:
        return int(data)
    return "ignored"


print(process("5"), process("x", ignore_errors=True))
try:
    process("x")
except ValueError as e:
    print("ValueError:", e)

try:
    with nullcontext():
        raise KeyError("k")
except KeyError as e:
    print("not suppressed:", e)
n = nullcontext("r")
print(n.enter_result, n.__exit__(None, None, None), n.__exit__(ValueError, ValueError(), None))


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def use_async():
    async with nullcontext("async value") as v:
        return v


print(run(use_async()))
