import shlex

cmd = "a && b || c ; d > out.txt 2>&1 | sort < in.txt (sub) &"
print(list(shlex.shlex(cmd, punctuation_chars=True)))
s = shlex.shlex(cmd, posix=True, punctuation_chars=True)
s.whitespace_split = True
print(list(s))
s = shlex.shlex("~/bin/run --x=1 ./a.sh *.py ?.c", posix=True, punctuation_chars=True)
print(list(s))
s = shlex.shlex("a|b;c", punctuation_chars="|")
print(list(s), s.punctuation_chars)
print(repr(shlex.shlex("x", punctuation_chars=True).punctuation_chars))
print(repr(shlex.shlex("x").punctuation_chars))
s = shlex.shlex("echo 'a;b' \"c|d\";e", posix=True, punctuation_chars=True)
print(list(s))
