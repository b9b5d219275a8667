"""A traffic-light and an order-workflow state machine driven by Enum members."""
from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def duration(self):
        return {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}[self]


class OrderState(Enum):
    NEW = 'new'
    PAID = 'paid'
    SHIPPED = 'shipped'
    DELIVERED = 'delivered'
    CANCELLED = 'cancelled'


TRANSITIONS = {
    OrderState.NEW: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.CANCELLED},
    OrderState.SHIPPED: {OrderState.DELIVERED},
    OrderState.DELIVERED: set(),
    OrderState.CANCELLED: set(),
}


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, ident):
        self.ident = ident
        self.state = OrderState.NEW
        self.history = [self.state]

    def advance(self, target):
        target = OrderState(target)
        if target not in TRANSITIONS[self.state]:
            raise InvalidTransition(f"order {self.ident}: {self.state.name} -> {target.name}")
        self.state = target
        self.history.append(target)

    def __repr__(self):
        return f"Order({self.ident}, {self.state!s})"


light = Light.RED
total = 0
for _ in range(7):
    print(f"{light.name:<6} for {light.duration:>2}s")
    total += light.duration
    light = light.next()
print("cycle total", total, "ends at", light)

orders = [Order(1), Order(2), Order(3)]
script = [(1, 'paid'), (2, 'cancelled'), (1, 'shipped'), (3, 'shipped'), (1, 'delivered'),
          (2, 'paid'), (3, 'bogus')]
for ident, target in script:
    order = orders[ident - 1]
    try:
        order.advance(target)
        print("ok  ", order)
    except InvalidTransition as e:
        print("fail", e)
    except ValueError as e:
        print("bad ", e)
for order in orders:
    print(order.ident, " -> ".join(s.value for s in order.history))
summary = {}
for order in orders:
    summary.setdefault(order.state, []).append(order.ident)
for state in OrderState:
    if state in summary:
        print(state, summary[state])
match orders[0].state:
    case OrderState.DELIVERED:
        print("first order delivered")
    case _:
        print("still travelling")
