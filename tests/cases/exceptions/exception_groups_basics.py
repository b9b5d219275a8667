def validate(data):
    errors = []
    if not isinstance(data.get("name"), str):
        errors.append(TypeError("name must be str"))
    if data.get("age", 0) < 0:
        errors.append(ValueError("age must be >= 0"))
    if errors:
        raise ExceptionGroup("invalid data", errors)

try:
    validate({"name": 5, "age": -1})
except ExceptionGroup as eg:
    print(eg.message, len(eg.exceptions))
    for e in eg.exceptions:
        print(" ", type(e).__name__, e)
    print(str(eg))

try:
    validate({"name": 1})
except* TypeError as group:
    print("except* TypeError:", [str(e) for e in group.exceptions])
except* ValueError as group:
    print("except* ValueError:", [str(e) for e in group.exceptions])

try:
    validate({"name": 1, "age": -5})
except* TypeError as g:
    print("types:", len(g.exceptions))
except* ValueError as g:
    print("values:", len(g.exceptions))
