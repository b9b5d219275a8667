import re

def show(pattern, text):
    spans = [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]
    print(f"{pattern!r:10} {text!r:10} {spans}")

show(r"x*", "axxbx")
show(r"x*?", "xx")
show(r"\b", "ab cd")
show(r"", "")
show(r"", "abc")
show(r"a|", "baa")
show(r"(?=a)|a", "aab")
show(r"a*", "baaa")
show(r"a??", "aa")
show(r"\B", "abc")
show(r"$", "a\nb\n")
show(r"(?m)^", "a\nb\n")
show(r"(?m)$", "a\nb\n")

it = re.finditer(r"\w+", "one two three")
print(type(it).__name__ in ("callable_iterator", "iterator"))
print([m.group() for m in it])
print([m.span() for m in re.compile(r"o").finditer("foo boo", 2, 6)])
