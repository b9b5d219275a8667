import re

INI = """
; comment
[server]
host = example.com
port=8080

[paths]
root = /var/www   ; trailing comment
empty =
# another comment
[bad section
key_without_value
"""

SECTION = re.compile(r"^\[(?P<name>[^\]]+)\]\s*$")
OPTION = re.compile(r"^(?P<key>[\w.]+)\s*=\s*(?P<value>.*?)\s*(?:[;#].*)?$")
COMMENT = re.compile(r"^\s*(?:[;#].*)?$")

config = {}
current = None
for n, line in enumerate(INI.splitlines(), 1):
    if COMMENT.match(line):
        continue
    if m := SECTION.match(line):
        current = config.setdefault(m["name"], {})
    elif (m := OPTION.match(line)) and current is not None:
        current[m["key"]] = m["value"]
    else:
        print(f"line {n}: cannot parse {line!r}")
for section in sorted(config):
    print(section, sorted(config[section].items()))
