class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []

    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            self.handlers[event].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register

    def once(self, event):
        def register(fn):
            def wrapper(*args, **kwargs):
                self.off(event, wrapper)
                return fn(*args, **kwargs)
            wrapper.__name__ = fn.__name__ + "_once"
            self.on(event)(wrapper)
            return fn
        return register

    def off(self, event, fn):
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]

    def emit(self, event, *args, **kwargs):
        self.history.append(event)
        results = []
        for _, _, fn in list(self.handlers.get(event, [])):
            try:
                r = fn(*args, **kwargs)
            except StopIteration:
                results.append(f"{fn.__name__} stopped propagation")
                break
            except Exception as e:
                results.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
                continue
            if r is not None:
                results.append(r)
        return results


bus = EventBus()


@bus.on("login")
def greet(user):
    return f"welcome, {user}"


@bus.on("login", priority=10)
def audit(user):
    return f"audit: {user} logged in"


@bus.on("login", priority=-5)
def count(user, counter={"n": 0}):
    counter["n"] += 1
    return f"login #{counter['n']}"


@bus.once("login")
def first_login(user):
    return f"first login ever was {user}"


@bus.on("purchase")
def charge(user, amount, currency="USD"):
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    return f"charged {user} {amount:.2f} {currency}"


@bus.on("purchase", priority=5)
def fraud_check(user, amount, **kw):
    if amount > 1000:
        raise StopIteration
    return None


print(greet("direct call still works"))
for u in ["ann", "bob"]:
    for line in bus.emit("login", u):
        print(" ", line)
print(bus.emit("purchase", "ann", 19.5))
print(bus.emit("purchase", "bob", 5, currency="EUR"))
print(bus.emit("purchase", "eve", 5000))
print(bus.emit("purchase", "zed", -1))
print(bus.emit("logout", "ann"))
bus.off("login", audit)
print(bus.emit("login", "cy"))
print(bus.history)
print({k: [h[2].__name__ for h in v] for k, v in bus.handlers.items()})
