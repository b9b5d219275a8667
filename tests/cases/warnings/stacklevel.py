import warnings


def deprecated(func):
    def wrapper(*args, **kwargs):
        warnings.warn(f'{func.__name__} is deprecated', DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return wrapper


@deprecated
def legacy(x):
    return x + 1


def helper():
    warnings.warn('blame my caller', stacklevel=2)


def outer():
    helper()


print(legacy(1))
outer()
helper()
warnings.warn('level one', stacklevel=1)
warnings.warn('too deep', stacklevel=50)
warnings.warn('level zero', stacklevel=0)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    outer()
    legacy(2)
for w in caught:
    print(w.category.__name__, w.message, w.lineno, w.filename == __file__)
