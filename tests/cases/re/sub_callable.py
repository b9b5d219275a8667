import re

def shout(m):
    return m.group(0).upper()

print(re.sub(r"\b\w{4,}\b", shout, "the quick brown fox jumps"))
print(re.subn(r"o", "0", "foo boo zoo"))
print(re.subn(r"o", "0", "foo boo zoo", count=2))
print(re.sub(r"o", "0", "foo boo zoo", 1))

counter = {"n": 0}
def number(m):
    counter["n"] += 1
    return f"{m.group()}#{counter['n']}"
print(re.sub(r"[a-z]+", number, "a bb ccc"))

def swap(m):
    return f"{m.group('b')}{m.group('a')}"
print(re.sub(r"(?P<a>\w)(?P<b>\w)", swap, "abcdef"))

def maybe(m):
    return "" if m.group(1) is None else m.group(1)
print(re.sub(r"x(\d)?", maybe, "x1 x x2"))

pat = re.compile(r"\s+")
print(pat.sub(" ", "  lots   of\t\tspace \n here "))
print(pat.subn("", "a b  c"))
print(re.sub("", "-", "abc"))
print(re.sub("x*", "-", "abxd"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"))
print(re.sub(r"a", lambda m: "[%d,%d]" % m.span(), "banana"))

try:
    re.sub(r"a", lambda m: 42, "a")
except TypeError as e:
    print("TypeError:", e)
