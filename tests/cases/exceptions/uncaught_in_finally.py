def work():
    try:
        print("working")
        raise TypeError("work failed")
    finally:
        print("cleaning up")
        raise OSError("cleanup failed too")

work()
