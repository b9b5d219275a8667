"""QUOTE_ALL and QUOTE_MINIMAL read the same way."""
import csv

lines = ['"a",b,"1"', '2,"x,y"', '']
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL):
    r = csv.reader(lines, quoting=q)
    print(q, list(r), r.dialect.quoting)
