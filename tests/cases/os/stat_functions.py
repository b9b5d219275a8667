import stat

modes = [0o040755, 0o100644, 0o120777, 0o020620, 0o060660, 0o010644, 0o140755,
         0o104755, 0o102755, 0o041777, 0o041776, 0o106000, 0o101001, 0o100000, 0o000644,
         0o170777, 0]
tests = [stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR, stat.S_ISBLK,
         stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT]
print("mode      filemode    IMODE   IFMT    " + " ".join(t.__name__[4:] for t in tests))
for m in modes:
    flags = " ".join(("x" if t(m) else ".").center(len(t.__name__) - 4) for t in tests)
    print(f"{m:08o}  {stat.filemode(m)}  {stat.S_IMODE(m):05o}  {stat.S_IFMT(m):06o}  {flags}")

for func in (stat.S_ISDIR, stat.S_IMODE, stat.filemode):
    for bad in ("755", 1.5, None, -1, 2 ** 40):
        try:
            func(bad)
        except (TypeError, OverflowError) as exc:
            print(func.__name__, repr(bad), type(exc).__name__ + ":", exc)
print(stat.S_ISDIR(True), stat.S_IMODE(True))
