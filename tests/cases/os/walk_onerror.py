import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    open("a_file", "w").close()
    errors = []
    print(list(os.walk("does_not_exist")))
    print(list(os.walk("does_not_exist", onerror=errors.append)))
    print(list(os.walk("a_file", onerror=errors.append)))
    for e in errors:
        print(type(e).__name__, e.errno, e.filename, e)

    def stop(err):
        raise RuntimeError("walk failed on " + err.filename)

    try:
        list(os.walk("gone", onerror=stop))
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    try:
        os.walk(42)
    except TypeError as exc:
        print("TypeError:", exc)
    print(list(os.walk(b"does_not_exist")))
    os.chdir(start)
