import shlex

for text in ['echo "unterminated', "it's", 'trailing\\', "'a' 'b", 'ok "fine"']:
    for posix in (True, False):
        try:
            print(repr(text), posix, shlex.split(text, posix=posix))
        except ValueError as e:
            print(repr(text), posix, 'ValueError:', e)

lex = shlex.shlex('one\ntwo\n"three', infile='script.sh', posix=True)
try:
    for tok in lex:
        print(lex.error_leader() + 'token ' + tok)
except ValueError as e:
    print(lex.error_leader() + str(e))
print(lex.error_leader('other.txt', 99))
