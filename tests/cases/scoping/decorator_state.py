def count_calls(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper


@count_calls
def square(x):
    return x * x


@count_calls
def cube(x):
    return x ** 3


print(square(2), square(3), cube(2), square.calls, cube.calls, square.__name__)

registry = {}


def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco


@register()
def alpha():
    return "a"


@register("B")
def beta():
    return "b"


print(sorted(registry), registry["B"](), registry["alpha"]())


def tagged(*tags):
    def deco(fn):
        existing = getattr(fn, "tags", ())
        fn.tags = existing + tags
        return fn
    return deco


@tagged("x")
@tagged("y", "z")
def multi():
    pass


print(multi.tags)


def retry(times):
    def deco(fn):
        def wrapper():
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt)
                except ValueError as e:
                    last = e
            return f"gave up: {last}"
        return wrapper
    return deco


@retry(3)
def flaky(attempt):
    if attempt < 3:
        raise ValueError(f"attempt {attempt} failed")
    return f"succeeded on attempt {attempt}"


@retry(2)
def always_fails(attempt):
    raise ValueError(f"no luck #{attempt}")


print(flaky(), "|", always_fails())


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memo
def slow_double(n):
    return n * 2


print([slow_double(i % 3) for i in range(6)], sorted(slow_double.cache.items()))
