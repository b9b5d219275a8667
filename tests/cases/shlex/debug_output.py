import shlex

lex = shlex.shlex("a 'b c'", posix=True)
lex.debug = 3
print(list(lex))
lex = shlex.shlex("x;y")
lex.debug = 1
lex.push_token('first')
print(list(lex))
