import functools


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ValueError as e:
                    print(f'attempt {attempt} failed: {e}')
            return None
        return wrapper
    return decorate


state = {'n': 0}


@retry(3)
def flaky():
    """Fails twice."""
    state['n'] += 1
    if state['n'] < 3:
        raise ValueError(f'boom {state["n"]}')
    return 'ok'


print(flaky(), flaky.__name__, flaky.__doc__)


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@count_calls
@functools.lru_cache(maxsize=None)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(collatz(27), collatz.calls, collatz.__wrapped__.cache_info().currsize > 100)
register = []


def plugin(name=None):
    def deco(func):
        register.append((name or func.__name__, func))
        return func
    return deco if name is None or isinstance(name, str) else deco(name)


@plugin('upper')
def up(s):
    return s.upper()


@plugin()
def rev(s):
    return s[::-1]


pipeline = functools.reduce(lambda f, g: lambda x: g(f(x)), [f for _, f in register])
print([n for n, _ in register], pipeline('abc'))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: f(g(x)), fs)
inc_then_double = compose(functools.partial(pow, exp=2), lambda x: x + 1)
print(inc_then_double(3))
