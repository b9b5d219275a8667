"""Configuration objects built from nested dicts with SimpleNamespace."""
from types import SimpleNamespace, MappingProxyType
def to_namespace(obj):
    if isinstance(obj, dict):
        return SimpleNamespace(**{k: to_namespace(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return [to_namespace(v) for v in obj]
    return obj
raw = {
    'server': {'host': 'localhost', 'port': 8080},
    'users': [{'name': 'ann', 'admin': True}, {'name': 'bob', 'admin': False}],
    'debug': False,
}
cfg = to_namespace(raw)
print(cfg.server.host, cfg.server.port, [u.name for u in cfg.users if u.admin])
print(cfg.server)
cfg.server.port += 1
print(cfg.server, cfg.users[1])
DEFAULTS = MappingProxyType({'timeout': 30, 'retries': 3})
def settings(**overrides):
    merged = dict(DEFAULTS)
    merged.update(overrides)
    return SimpleNamespace(**merged)
print(settings(), settings(retries=5))
print(settings() == settings(), settings() == settings(timeout=1))
