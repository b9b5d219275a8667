"""Load a JSON configuration, merge it over defaults and validate it."""
import json
import os
import tempfile

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "workers": 4},
    "logging": {"level": "INFO", "file": None},
    "features": [],
    "debug": False,
}

SCHEMA = {
    "server.host": str,
    "server.port": int,
    "server.workers": int,
    "logging.level": str,
    "debug": bool,
    "features": list,
}


class ConfigError(Exception):
    pass


def merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def lookup(cfg, dotted):
    cur = cfg
    for part in dotted.split("."):
        cur = cur[part]
    return cur


def validate(cfg):
    problems = []
    for key, typ in SCHEMA.items():
        value = lookup(cfg, key)
        if typ is int and isinstance(value, bool) or not isinstance(value, typ):
            problems.append(f"{key}: expected {typ.__name__}, got {type(value).__name__} ({value!r})")
    port = lookup(cfg, "server.port")
    if isinstance(port, int) and not 0 < port < 65536:
        problems.append(f"server.port: {port} out of range")
    if lookup(cfg, "logging.level") not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        problems.append(f"logging.level: unknown level {lookup(cfg, 'logging.level')!r}")
    return problems


def load_config(path):
    try:
        with open(path, encoding="utf-8") as f:
            raw = json.load(f)
    except FileNotFoundError as e:
        raise ConfigError(f"{e.filename}: {e.strerror}") from None
    except json.JSONDecodeError as e:
        raise ConfigError(f"{path}:{e.lineno}:{e.colno}: {e.msg}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: top level must be an object, not {type(raw).__name__}")
    cfg = merge(DEFAULTS, raw)
    problems = validate(cfg)
    if problems:
        raise ConfigError(f"{path}: " + "; ".join(problems))
    return cfg


files = {
    "good.json": '{"server": {"port": 9000}, "debug": true, "features": ["beta"]}',
    "empty.json": "{}",
    "bad_types.json": '{"server": {"port": "80", "workers": true}, "debug": "yes"}',
    "range.json": '{"server": {"port": 70000}, "logging": {"level": "LOUD"}}',
    "syntax.json": '{\n  "server": {\n    "port": 80,\n  }\n}',
    "list.json": "[1, 2, 3]",
    "comment.json": '{\n  // comment\n  "debug": true\n}',
}

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    for name, text in files.items():
        with open(name, "w", encoding="utf-8") as f:
            f.write(text)
    for name in list(files) + ["missing.json"]:
        try:
            cfg = load_config(name)
            print(name, "OK")
            print(json.dumps(cfg, indent=2, sort_keys=True))
        except ConfigError as e:
            print("error:", e)
    os.chdir("/")
