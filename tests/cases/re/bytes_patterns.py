import re

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Len: 42\r\n\r\n"
m = re.match(rb"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)", data)
print(m.groupdict())
print(m.group(0), m.span("path"))
headers = dict(re.findall(rb"^([\w-]+): (.*?)\r$", data, re.M))
print(sorted(headers.items()))
print(re.sub(rb"\d+", b"N", data))
print(re.findall(rb"\w+", b"caf\xe9 na\xefve"))
print(re.findall(rb"(?i)\xe9|[a-c]", b"\xc9\xe9ABC"))
print(re.split(rb"\r\n", data))
print(re.compile(rb"(?P<n>\d)").groupindex)
print(re.escape(b"1+1"))
print(re.fullmatch(rb"[\x00-\x7f]*", b"ascii only") is not None)
for pat, s in [(rb"a", "a"), ("a", b"a")]:
    try:
        re.search(pat, s)
    except TypeError as e:
        print("TypeError:", e)
for p in [rb"\u1234", b"(?u)x", rb"\N{DIGIT ONE}"]:
    try:
        re.compile(p)
    except re.error as e:
        print(p, "->", e)
try:
    re.compile(b"x", re.U)
except ValueError as e:
    print("ValueError:", e)
print(re.compile(b"(?L)\\w+").findall(b"abc def"))
