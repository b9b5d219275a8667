"""Sniffer failures and the use of a sniffed dialect on a file."""
import csv
import io


def sniff(sample, delimiters=None):
    try:
        d = csv.Sniffer().sniff(sample, delimiters)
        return repr(d.delimiter)
    except csv.Error as e:
        return "Error: %s" % e


print(sniff(""))
print(sniff("abc"))
print(sniff("abc\ndef\nghi\n"))
print(sniff("a,b\nc;d\n", delimiters="|"))
print(sniff("hello world"))
print(sniff("\n\n\n"))
try:
    csv.Sniffer().has_header("")
except csv.Error as e:
    print("has_header Error:", e)

data = "id;name;price\n1;pen;1.50\n2;book;12.00\n3;\"desk; oak\";150\n"
f = io.StringIO(data)
dialect = csv.Sniffer().sniff(f.read(1024))
f.seek(0)
has_header = csv.Sniffer().has_header(f.read(1024))
f.seek(0)
rows = list(csv.reader(f, dialect))
print(repr(dialect.delimiter), has_header, rows)
