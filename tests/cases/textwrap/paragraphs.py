import textwrap

doc = """
    pyrite is a Python interpreter.  It aims to match CPython output
    byte for byte, including error messages and tracebacks.

    This paragraph is here to demonstrate re-flowing of text that was
    indented inside a triple-quoted string literal in the source code.
"""
body = textwrap.dedent(doc).strip()
for para in body.split('\n\n'):
    print(textwrap.fill(para, width=40))
    print('-' * 40)
print(textwrap.indent(textwrap.fill(body.split('\n\n')[0], 30), '    '))
usage = textwrap.fill('usage: prog [-h] [--verbose] [--output FILE] [--mode {fast,slow}] input [input ...]',
                      width=50, subsequent_indent=' ' * 13, break_on_hyphens=False)
print(usage)
table = [('name', 'A very long description that needs wrapping across lines'), ('id', 'short')]
for key, desc in table:
    lines = textwrap.wrap(desc, 25) or ['']
    print(f'{key:<6}{lines[0]}')
    for line in lines[1:]:
        print(' ' * 6 + line)
