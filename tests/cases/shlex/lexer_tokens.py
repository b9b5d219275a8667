import shlex

source = 'name = "value with spaces"; count=42 # comment\nnext_line(a, b)'
lex = shlex.shlex(source)
tokens = []
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    tokens.append((tok, lex.lineno))
print(tokens)

lex = shlex.shlex(source, posix=True)
print(list(lex))

lex = shlex.shlex("a b c")
print(lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))

lex = shlex.shlex("x y", posix=True)
print(list(lex), lex.eof, lex.get_token())

lex = shlex.shlex("key:value,other")
lex.wordchars += ':'
print(list(lex))

lex = shlex.shlex("a-b c.d e/f")
lex.whitespace_split = True
print(list(lex))
print(repr(lex.commenters), repr(lex.quotes), repr(lex.escape), repr(lex.whitespace))
print(lex.posix, lex.infile, lex.state)
