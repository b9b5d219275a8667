"""Layered application settings with frozen dataclasses: defaults, overrides and validation."""
from dataclasses import dataclass, field, fields, replace, asdict, astuple


@dataclass(frozen=True)
class Database:
    host: str = "localhost"
    port: int = 5432
    name: str = "app"

    def url(self):
        return f"postgres://{self.host}:{self.port}/{self.name}"


@dataclass(frozen=True)
class Logging:
    level: str = "INFO"
    handlers: tuple = ("console",)

    def __post_init__(self):
        if self.level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError(f"bad level {self.level!r}")


@dataclass(frozen=True)
class Settings:
    db: Database = field(default_factory=Database)
    logging: Logging = field(default_factory=Logging)
    features: frozenset = frozenset()
    workers: int = 4


def apply(settings, overrides):
    """Apply dotted overrides like {"db.port": 6000} to a tree of frozen dataclasses."""
    for key, value in sorted(overrides.items()):
        parts = key.split(".")
        settings = _apply_one(settings, parts, value)
    return settings


def _apply_one(obj, parts, value):
    names = {f.name: f for f in fields(obj)}
    head = parts[0]
    if head not in names:
        raise KeyError(f"{type(obj).__name__} has no setting {head!r}")
    if len(parts) == 1:
        current = getattr(obj, head)
        if isinstance(current, int) and isinstance(value, str):
            value = int(value)
        return replace(obj, **{head: value})
    return replace(obj, **{head: _apply_one(getattr(obj, head), parts[1:], value)})


base = Settings()
print(base)
print(base.db.url())
prod = apply(base, {"db.host": "db.internal", "db.port": "6000", "workers": "16",
                    "logging.level": "WARNING"})
print(prod)
print(prod.db.url(), prod.workers)
print(base == Settings(), prod == base, hash(base) == hash(Settings()))
for bad in ({"db.user": "x"}, {"logging.level": "LOUD"}, {"colour": 1}):
    try:
        apply(base, bad)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(asdict(prod))
print(astuple(prod))
variants = {base, prod, apply(base, {"workers": 4})}
print(len(variants))
try:
    prod.workers = 1
except AttributeError as e:
    print(type(e).__name__, e)
