import uuid

for func in (uuid.uuid3, uuid.uuid5):
    try:
        func(uuid.NAMESPACE_URL, b"bytes")
    except TypeError as exc:
        print(func.__name__, "TypeError", exc)
    try:
        func("not-a-uuid", "name")
    except AttributeError as exc:
        print(func.__name__, "AttributeError", exc)
