from contextlib import contextmanager


@contextmanager
def passthrough():
    yield


def run(label, func):
    try:
        result = func()
    except BaseException as e:
        print(f"{label}: {type(e).__name__}: {e!r} cause={e.__cause__!r}")
    else:
        print(f"{label}: returned {result!r}")


def body_raises_stopiteration():
    with passthrough():
        raise StopIteration("from body")


def body_raises_stopasynciteration():
    with passthrough():
        raise StopAsyncIteration("async")


@contextmanager
def generator_raises_stopiteration():
    yield
    raise StopIteration("inside generator")


def gen_stop():
    with generator_raises_stopiteration():
        pass


@contextmanager
def catches_and_returns():
    try:
        yield
    except StopIteration:
        print("  generator caught StopIteration")


def caught_stop():
    with catches_and_returns():
        raise StopIteration("caught")
    return "after"


@contextmanager
def wraps_stop():
    try:
        yield
    except StopIteration as e:
        raise RuntimeError("wrapped") from e


def wrapped_stop():
    with wraps_stop():
        raise StopIteration("w")


def next_on_empty():
    with passthrough():
        next(iter([]))


run("body StopIteration", body_raises_stopiteration)
run("body StopAsyncIteration", body_raises_stopasynciteration)
run("generator StopIteration", gen_stop)
run("caught", caught_stop)
run("wrapped", wrapped_stop)
run("next on empty", next_on_empty)


def gen_using_cm():
    with passthrough():
        yield 1
        yield 2


print(list(gen_using_cm()))
