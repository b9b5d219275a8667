class AppError(Exception):
    """Base for app errors."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"no such key {self.key!r}"

def check(kind):
    if kind == 1:
        raise ValidationError("age", "must be positive")
    if kind == 2:
        raise NotFound("user42")
    if kind == 3:
        raise AppError("generic", 3)
    return "ok"

for kind in range(4):
    try:
        print(check(kind))
    except ValidationError as e:
        print("validation", e.field, e, e.args)
    except AppError as e:
        print(type(e).__name__, str(e), e.args, repr(e))

print(issubclass(ValidationError, Exception), ValidationError.__mro__[1:3])
print(AppError.__doc__)
try:
    raise NotFound("z")
except Exception as e:
    print(isinstance(e, AppError), e)
