import textwrap

def show(s):
    print(repr(s))

show(textwrap.dedent('''\
    def hello():
        print("hi")

    hello()
    '''))
show(textwrap.dedent('  a\n    b\n   c'))
show(textwrap.dedent('\ta\n\t\tb'))
show(textwrap.dedent('  a\n\tb'))
show(textwrap.dedent('    \n  x\n      \n  y\n'))
show(textwrap.dedent('no indent\n  here'))
show(textwrap.dedent(''))
show(textwrap.dedent('   '))
show(textwrap.dedent('  \t a\n  \t  b'))
show(textwrap.indent('one\ntwo\n\nthree\n', '> '))
show(textwrap.indent('one\r\ntwo\r\n  \r\n', '+ '))
show(textwrap.indent('a\nb\n\n', '# ', lambda line: True))
show(textwrap.indent('x\ny\nz', '  ', lambda line: line != 'y\n'))
show(textwrap.indent('', '> '))
code = '''
    for i in range(3):
        print(i)
'''
print(textwrap.indent(textwrap.dedent(code).strip(), '>>> '))
