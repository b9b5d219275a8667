import shlex

text = """make all  # build everything
echo 'a # b'   # trailing comment
# whole line comment
run --opt="x#y" z#w
"""
print(shlex.split(text, comments=True))
print(shlex.split(text))
print(shlex.split("a#b c", comments=True))
print(shlex.split("a #b c", comments=True))
print(shlex.split("a #b c", comments=True, posix=False))
