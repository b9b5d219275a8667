import os

for label, key, value in [("nul in value", "K", "a\0b"), ("nul in name", "K\0", "v"),
                          ("empty name", "", "v")]:
    try:
        os.environ[key] = value
    except (ValueError, OSError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
    else:
        print(label, "-> accepted")
for label, func in [("putenv nul", lambda: os.putenv("A", "b\0")),
                    ("unsetenv nul", lambda: os.unsetenv("A\0")),
                    ("putenv =", lambda: os.putenv("A=", "b"))]:
    try:
        func()
    except (ValueError, OSError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)
