"""Read settings from the environment with defaults and type conversion."""
import os

os.environ.update({"APP_PORT": "8080", "APP_DEBUG": "yes", "APP_WORKERS": "four",
                   "APP_NAME": "demo"})
os.environ.pop("APP_TIMEOUT", None)


def env_int(name, default):
    raw = os.getenv(name)
    if raw is None:
        return default, "default"
    try:
        return int(raw), "env"
    except ValueError:
        return default, f"bad value {raw!r}"


def env_bool(name, default=False):
    raw = os.getenv(name)
    if raw is None:
        return default
    return raw.strip().lower() in ("1", "yes", "true", "on")


for name, default in [("APP_PORT", 80), ("APP_WORKERS", 2), ("APP_TIMEOUT", 30)]:
    value, source = env_int(name, default)
    print(f"{name:12} = {value!r:6} ({source})")
print("debug:", env_bool("APP_DEBUG"), "verbose:", env_bool("APP_VERBOSE"))
print("name:", os.getenv("APP_NAME", "unnamed"), os.environ.get("APP_NAME"))
