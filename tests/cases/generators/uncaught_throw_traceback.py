def worker():
    total = 0
    while True:
        item = yield total
        total += item

w = worker()
next(w)
w.send(5)
print(w.send(10))
w.throw(RuntimeError("worker aborted"))
