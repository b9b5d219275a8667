from contextlib import ExitStack, contextmanager


@contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"close {name}")


log = []
with ExitStack() as stack:
    values = [stack.enter_context(resource(n, log)) for n in ("a", "b", "c")]
    stack.callback(log.append, "callback 1")
    stack.callback(lambda *a, **k: log.append(f"callback 2 {a} {k}"), 1, 2, key="v")
    log.append(f"body {values}")
print("\n".join(log))


class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])


with ExitStack() as stack:
    m = stack.push(Manager("pushed-not-entered"))
    print(m.name)

    def plain_exit(exc_type, exc, tb):
        print("plain exit callback", exc_type)
    returned = stack.push(plain_exit)
    print(returned is plain_exit)
    entered = stack.enter_context(Manager("entered"))
    print(entered.name)

stack = ExitStack()
print(stack.__enter__() is stack)
cb = stack.callback(print, "from close()")
print(cb is print)
stack.close()
stack.close()
print("closed twice without running callbacks again")


@ExitStack().callback
def not_a_decorator_really():
    pass


print(not_a_decorator_really.__name__)
with ExitStack() as s:
    @s.callback
    def on_exit():
        print("decorated callback ran")
    print("body before exit")
wrapper_stack = ExitStack()
wrapper_stack.callback(print, "x")
print(wrapper_stack._exit_callbacks[-1][1].__wrapped__ is print)
