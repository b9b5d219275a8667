def shutdown(status):
    print("shutting down with", status)
    raise SystemExit(status)

try:
    shutdown(5)
except Exception:
    print("Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)

shutdown(2)
