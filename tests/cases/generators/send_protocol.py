def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average

avg = averager()
print(avg.send(None))
for v in [10, 20, 30, 5]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)

g = averager()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)

def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received

e = echo()
next(e)
print(e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
try:
    e.send("again")
except StopIteration as s:
    print("exhausted", s.value)
