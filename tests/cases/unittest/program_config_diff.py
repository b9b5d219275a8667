"""A small tool: compare two versions of a config file written to a temporary folder."""
import difflib
import os
import tempfile

OLD = """[server]
host = example.com
port = 8080
workers = 4

[logging]
level = INFO
file = /var/log/app.log
"""

NEW = """[server]
host = example.org
port = 8080
workers = 8
timeout = 30

[logging]
level = DEBUG
file = /var/log/app.log
"""


def summarize(old_lines, new_lines):
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines)
    counts = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != 'equal':
            counts[tag] = counts.get(tag, 0) + max(i2 - i1, j2 - j1)
    return counts, round(matcher.ratio(), 3)


with tempfile.TemporaryDirectory() as folder:
    paths = []
    for name, text in (('app.ini.orig', OLD), ('app.ini', NEW)):
        path = os.path.join(folder, name)
        with open(path, 'w') as f:
            f.write(text)
        paths.append(path)
    contents = []
    for path in paths:
        with open(path) as f:
            contents.append(f.readlines())
    names = [os.path.basename(p) for p in paths]
    diff = difflib.unified_diff(contents[0], contents[1], names[0], names[1])
    print(''.join(diff), end='')
    print(summarize(*contents))
    print(''.join(difflib.ndiff(contents[0][:4], contents[1][:5])), end='')
    keys = [line.split('=')[0].strip() for line in contents[1] if '=' in line]
    for typo in ['prot', 'wrokers', 'timeot', 'xyz']:
        print(typo, '->', difflib.get_close_matches(typo, keys, n=1))
