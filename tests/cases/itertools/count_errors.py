from itertools import count, repeat, cycle


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


attempt(count, 'a')
attempt(count, 1, 'b')
attempt(count, [])
attempt(count, 1, 2, 3)
attempt(count, 1j)
attempt(count, start=4, step=-1)
attempt(count, 1, start=2)
attempt(repeat)
attempt(repeat, 1, 'x')
attempt(repeat, 1, 2, 3)
attempt(repeat, 1, 2.5)
attempt(repeat, 'z', times=2)
attempt(cycle)
attempt(cycle, 1)
attempt(cycle, 'a', 'b')
attempt(cycle, iterable='a')
