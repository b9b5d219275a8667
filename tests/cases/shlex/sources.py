import shlex
import io

lex = shlex.shlex(io.StringIO("alpha beta\ngamma"), infile="first.cfg")
lex.push_source("inner1 inner2", "second.cfg")
out = []
while True:
    tok = lex.get_token()
    if not tok:
        break
    out.append((tok, lex.infile, lex.lineno))
print(out)

lex = shlex.shlex("x y")
lex.push_source(io.StringIO("p q"))
print(list(lex))
