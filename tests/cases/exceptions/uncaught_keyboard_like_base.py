class Abort(BaseException):
    pass

def task():
    try:
        raise Abort("stop everything")
    except Exception:
        print("not reached")

print("start")
task()
