def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)

for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            RecursionError, NotImplementedError, StopIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit, ModuleNotFoundError, UnicodeDecodeError,
            OverflowError, TimeoutError, BrokenPipeError]:
    print(chain(cls))

print(issubclass(LookupError, Exception), issubclass(SystemExit, Exception))
print(issubclass(OSError, Exception), IOError is OSError, EnvironmentError is OSError)
print(issubclass(AssertionError, Exception), issubclass(Warning, Exception))
print(issubclass(DeprecationWarning, Warning), issubclass(BaseException, object))
