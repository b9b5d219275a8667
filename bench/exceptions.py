# Exception raising and catching in a loop: builtin exceptions raised by the
# VM (KeyError, ZeroDivisionError, IndexError), user exception classes with
# inheritance, try/except/else/finally, re-raise and exception chaining.


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class NotFound(AppError):
    pass


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(k)


def check(i):
    if i % 5 == 0:
        raise ValueError(i)
    if i % 7 == 0:
        raise AppError(i)
    return i


def main():
    d = {i: i * 2 for i in range(0, 1000, 2)}
    found = 0
    missing = 0
    for i in range(800000):
        try:
            found += lookup(d, i % 1000)
        except NotFound as e:
            missing += e.code
    zero = 0
    for i in range(550000):
        try:
            zero += 1000 // (i % 4)
        except ZeroDivisionError:
            zero -= 1
    idx = 0
    lst = [1, 2, 3]
    for i in range(550000):
        try:
            idx += lst[i % 5]
        except IndexError:
            idx += 10
        else:
            idx += 1
        finally:
            idx ^= 1
    kinds = [0, 0, 0]
    for i in range(550000):
        try:
            try:
                check(i)
            except ValueError as e:
                raise AppError(-1) from e
        except AppError as e:
            if e.code == -1:
                kinds[0] += 1
            else:
                kinds[1] += 1
        else:
            kinds[2] += 1
    print("exceptions", found, missing, zero, idx, kinds)


main()
