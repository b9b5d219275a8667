# compile(), exec() and eval() refuse source strings holding a NUL byte.
for fn in (lambda s: compile(s, "<s>", "exec"), exec, eval):
    try:
        fn("1\0")
    except SyntaxError as e:
        print(type(e).__name__, e.args, e.lineno)
exec("y = 2\0")
