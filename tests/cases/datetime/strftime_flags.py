from datetime import datetime

# glibc's flags (-, _, 0, ^, #), field widths and the E/O modifiers
dt = datetime(2005, 1, 2, 7, 8, 9, 10)
flags = ["", "-", "_", "0", "^", "#", "5", "-5", "_5", "05", "^8", "E", "O", "-E", "10"]
for conv in "aAbBdeHIjklmMpPSuwyYCgGUVWhnt%cDFrRTxXzZfsq":
    row = []
    for flag in flags:
        fmt = "%" + flag + conv
        if conv == "s":
            row.append(repr(fmt))
            continue
        row.append(repr(dt.strftime(fmt)))
    print(conv, " ".join(row))
print(repr(dt.strftime("%-d/%-m/%y %-I:%M%P")), repr(dt.strftime("%e-%b-%Y %k:%M")))
print(repr(dt.strftime("%-")), repr(dt.strftime("%5")), repr(dt.strftime("%^")), repr(dt.strftime("%05")))
print(len(dt.strftime("%1000d")), len(dt.strftime("%2047d")), repr(dt.strftime("%2048d")),
      repr(dt.strftime("%99999999999d")))
for year in (1, 5, 99, 999, 1000):
    d = dt.replace(year=year)
    print(year, repr(d.strftime("%Y|%4Y|%_4Y|%-Y|%C|%y|%G|%g|%F|%D|%c")))
