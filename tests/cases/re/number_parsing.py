import re

NUMBER = re.compile(r"""
    (?P<sign>[-+])?
    (?:
        (?P<int>\d+)(?:\.(?P<frac>\d*))?
      | \.(?P<frac2>\d+)
    )
    (?:[eE](?P<exp>[-+]?\d+))?
""", re.X)

for s in ["42", "-3.14", "+.5", "1e10", "6.02E-23", "1.", ".", "e5", "12abc", "--1"]:
    m = NUMBER.fullmatch(s)
    if m:
        print(f"{s!r:10} sign={m['sign']} int={m['int']} frac={m['frac'] or m['frac2']} exp={m['exp']}")
    else:
        p = NUMBER.match(s)
        print(f"{s!r:10} not a number; prefix={p.group() if p else None!r}")

print([float(x) for x in re.findall(r"[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?", "x=1.5, y=-2, z=3e2, w=.25")])
print(re.sub(r"(\d)(?=(\d{3})+(?!\d))", r"\1,", "1234567.891 and 1000"))
