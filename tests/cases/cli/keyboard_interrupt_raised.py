def work():
    raise KeyboardInterrupt


try:
    work()
except KeyboardInterrupt:
    print("interrupted, cleaning up")
work()
