def with_finally(fail):
    try:
        status = "started"
        if fail:
            raise ValueError("failed")
        status = "ok"
    except ValueError as e:
        status = f"error: {e}"
    finally:
        cleanup = f"cleanup after {status}"
    return status, cleanup


print(with_finally(False))
print(with_finally(True))


def finally_overrides_return():
    try:
        return "from try"
    finally:
        return "from finally"


print(finally_overrides_return())


def finally_sees_locals():
    log = []
    try:
        for i in range(3):
            log.append(i)
            if i == 1:
                return log
    finally:
        log.append(f"finally i={i}")


print(finally_sees_locals())


def binding_in_else():
    try:
        value = int("7")
    except ValueError:
        pass
    else:
        doubled = value * 2
    return doubled


print(binding_in_else())


def finally_unbound():
    try:
        try:
            raise RuntimeError("early")
            never = 1
        finally:
            seen = "never" in locals()
    except RuntimeError:
        pass
    return seen


print(finally_unbound())

counter = 0


def modify_in_finally():
    global counter
    try:
        counter += 1
        return counter
    finally:
        counter += 10


print(modify_in_finally(), counter)
