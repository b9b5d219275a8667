"""Event sourcing with frozen, ordered dataclasses: events are replayed to rebuild state."""
from collections import defaultdict
from dataclasses import dataclass, field, replace, astuple


@dataclass(frozen=True, order=True)
class Event:
    seq: int
    account: str = field(compare=False)
    kind: str = field(compare=False)
    amount: int = field(compare=False, default=0)


@dataclass
class Account:
    name: str
    balance: int = 0
    history: list = field(default_factory=list, repr=False)

    def apply(self, event):
        if event.kind == "deposit":
            self.balance += event.amount
        elif event.kind == "withdraw":
            if event.amount > self.balance:
                raise ValueError(f"overdraft on {self.name} at event {event.seq}")
            self.balance -= event.amount
        elif event.kind != "open":
            raise ValueError(f"unknown event kind {event.kind!r}")
        self.history.append(event.seq)


events = [
    Event(3, "ann", "deposit", 50),
    Event(1, "ann", "open"),
    Event(2, "bob", "open"),
    Event(5, "bob", "deposit", 10),
    Event(4, "ann", "withdraw", 20),
    Event(6, "bob", "withdraw", 30),
    Event(7, "ann", "deposit", 5),
]


def replay(events):
    accounts = {}
    errors = []
    for event in sorted(events):
        account = accounts.setdefault(event.account, Account(event.account))
        try:
            account.apply(event)
        except ValueError as e:
            errors.append(str(e))
    return accounts, errors


accounts, errors = replay(events)
for name in sorted(accounts):
    print(accounts[name], accounts[name].history)
print(errors)

fixed = [replace(e, amount=5) if e.seq == 6 else e for e in events]
accounts, errors = replay(fixed)
print([accounts[n].balance for n in sorted(accounts)], errors)

by_kind = defaultdict(list)
for e in sorted(events):
    by_kind[e.kind].append(e.seq)
print(dict(sorted(by_kind.items())))
print(len(set(events)), Event(1, "x", "y") == Event(1, "z", "w"), hash(Event(1, "a", "b")) == hash((1,)))
print(max(events), min(events).kind)
print([astuple(e) for e in sorted(events)[:2]])
