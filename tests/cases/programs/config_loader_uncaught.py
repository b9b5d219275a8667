CONFIG = """
[server]
host = example.org
port = 8080
debug = yes

[database]
url = postgres://db/main
pool = 5
; comment line
timeout = 2.5
"""


def parse_ini(text):
    sections = {}
    current = None
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
        elif "=" in line:
            key, value = (part.strip() for part in line.split("=", 1))
            current[key] = value
        else:
            raise SyntaxError(f"line {n}: cannot parse {line!r}")
    return sections


def typed(value):
    if value.lower() in ("yes", "true", "on"):
        return True
    if value.lower() in ("no", "false", "off"):
        return False
    for conv in (int, float):
        try:
            return conv(value)
        except ValueError:
            pass
    return value


def load(text, required):
    cfg = {s: {k: typed(v) for k, v in kv.items()} for s, kv in parse_ini(text).items()}
    for dotted in required:
        section, key = dotted.split(".")
        cfg[section][key]
    return cfg


cfg = load(CONFIG, ["server.host", "database.url"])
for section, values in cfg.items():
    print(f"[{section}]")
    for k, v in values.items():
        print(f"  {k} = {v!r} ({type(v).__name__})")
print("port + 1 =", cfg["server"]["port"] + 1)
load(CONFIG, ["server.host", "database.password"])
