"""Resolve the paths listed in a small configuration file, the way a tool does at start-up."""
import os
import os.path

os.environ["HOME"] = "/home/ada"
os.environ["APP_ROOT"] = "/opt/app"
os.environ["APP_ENV"] = "staging"

CONFIG = """
# key = path
logs      = $APP_ROOT/var/log/${APP_ENV}
cache     = ~/.cache/app
plugins   = ${APP_ROOT}/lib/../plugins/
data      = ./data//current/
templates = ~/templates/$UNDEFINED_THING/base
backups   = /mnt/backups/./$APP_ENV/
scratch   = relative/dir/../scratch
"""


def resolve(raw, base):
    path = os.path.expandvars(os.path.expanduser(raw))
    if not os.path.isabs(path):
        path = os.path.join(base, path)
    return os.path.normpath(path)


settings = {}
for line in CONFIG.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, _, value = line.partition("=")
    settings[key.strip()] = value.strip()

base = "/opt/app/etc"
width = max(map(len, settings))
for key, raw in settings.items():
    full = resolve(raw, base)
    rel = os.path.relpath(full, "/opt/app")
    inside = not rel.startswith(os.pardir)
    print(f"{key.ljust(width)}  {full:<40} {'inside' if inside else 'outside'} ({rel})")

roots = [resolve(v, base) for v in settings.values()]
print("common root:", os.path.commonpath(roots))
print("common root (app only):", os.path.commonpath([r for r in roots if r.startswith("/opt")]))
