"""Validate records against rules stored in field metadata."""
from dataclasses import dataclass, field, fields, asdict


def checked(**rules):
    return field(metadata={"rules": rules})


@dataclass
class User:
    name: str = checked(min_len=2, max_len=10)
    age: int = checked(minimum=0, maximum=150)
    email: str = checked(contains="@")
    nickname: str = field(default="", metadata={"rules": {"max_len": 5}})
    notes: str = ""


def validate(record):
    problems = []
    for f in fields(record):
        value = getattr(record, f.name)
        rules = f.metadata.get("rules", {})
        for rule, arg in sorted(rules.items()):
            ok = {
                "min_len": lambda: len(value) >= arg,
                "max_len": lambda: len(value) <= arg,
                "minimum": lambda: value >= arg,
                "maximum": lambda: value <= arg,
                "contains": lambda: arg in value,
            }[rule]()
            if not ok:
                problems.append(f"{f.name}: {rule}={arg!r} failed for {value!r}")
    return problems


records = [
    User("alice", 30, "alice@example.org"),
    User("b", 200, "nope", nickname="toolong"),
    User("carol", -1, "c@x", notes="has notes"),
]
for r in records:
    problems = validate(r)
    print(r.name, "OK" if not problems else problems)
print([(f.name, dict(f.metadata)) for f in fields(User)])
print(asdict(records[0]))
print(User.__doc__)
