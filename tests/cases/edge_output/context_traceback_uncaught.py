def cleanup():
    raise RuntimeError("cleanup failed")


try:
    print("working")
    1 / 0
except ZeroDivisionError:
    print("handling division error")
    cleanup()
