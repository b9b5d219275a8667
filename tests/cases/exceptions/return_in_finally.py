def override():
    try:
        return "try"
    finally:
        return "finally"

print(override())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(swallow())

def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees n =", n)

print(counter())

def mutable():
    data = []
    try:
        return data
    finally:
        data.append("added in finally")

print(mutable())

def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return "loop exited, exception dropped"

print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            seen.append(i)
        finally:
            continue
    return seen

print(continue_in_finally())
