"""DictReader passes dialect and format keywords to the reader; line_num with multi-line fields."""
import csv
import io

text = "id;desc\n1;'multi\nline; text'\n2;plain\n"
r = csv.DictReader(io.StringIO(text), delimiter=";", quotechar="'")
for row in r:
    print(r.line_num, row)
print(r.dialect, r.reader.dialect.delimiter)
csv.register_dialect("pipes", delimiter="|")
r = csv.DictReader(io.StringIO("a|b\n1|2\n"), dialect="pipes")
print(list(r), r.dialect)
r = csv.DictReader(io.StringIO("a\tb\n1\t2\n"), None, None, None, "excel-tab")
print(list(r))
r = csv.DictReader(io.StringIO("a\tb\n1\t2\n"), dialect=csv.excel_tab)
print(list(r), r.dialect.__name__)
r = csv.DictReader(io.StringIO('a, b\n1, "2, 3"\n'), skipinitialspace=True)
print(list(r))
r = csv.DictReader(io.StringIO('"a","b"\n1,"x"\n'), quoting=csv.QUOTE_NONNUMERIC)
print(list(r))
try:
    list(csv.DictReader(io.StringIO('a,b\n1,"x"\n'), quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError:", e)
try:
    csv.DictReader(io.StringIO(""), nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    list(csv.DictReader(io.StringIO('a\n"b'), strict=True))
except csv.Error as e:
    print("Error:", e)
csv.unregister_dialect("pipes")
