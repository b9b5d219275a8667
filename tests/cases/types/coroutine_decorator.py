import types
@types.coroutine
def sleeper(n):
    for i in range(n):
        yield f"tick {i}"
    return n * 10
async def main():
    result = await sleeper(3)
    return result + 1
c = main()
try:
    while True:
        print(c.send(None))
except StopIteration as e:
    print("done", e.value)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
async def native():
    return 1
print(types.coroutine(native) is native)
