"""Sniffer on realistic exports, then reading them with the sniffed dialect."""
import csv
import io

exports = {
    "bank (semicolon, decimal comma)":
        "Datum;Betrag;Text\n01.02.2024;-12,50;Kaffee\n02.02.2024;1.200,00;Gehalt\n03.02.2024;-5,00;Brot\n",
    "quoted everything":
        '"id","name","city"\n"1","Ann","Oslo"\n"2","Bob","Rome"\n',
    "tsv with spaces":
        "first name\tlast name\tage\nAnn\tLee\t31\nBob\tO Neil\t45\n",
    "pipe-delimited log":
        "ts|level|msg\n10:00|INFO|started\n10:01|WARN|disk 91%\n10:02|INFO|ok\n",
    "comma with quoted commas":
        'product,price,desc\nA,1.00,"small, red"\nB,2.50,"big, blue"\nC,3.00,plain\n',
    "single quotes":
        "name,desc\n'x','one, two'\n'y','three'\n",
}
sniffer = csv.Sniffer()
for name, text in exports.items():
    try:
        d = sniffer.sniff(text)
    except csv.Error as e:
        print(name, "Error:", e)
        continue
    header = sniffer.has_header(text)
    rows = list(csv.reader(io.StringIO(text), d))
    print(name, repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, d.doublequote, header)
    print("   ", rows[:2])
d = sniffer.sniff("a;b;c\n1;2;3\n", delimiters=[";", ","])
print(repr(d.delimiter))
d = sniffer.sniff("a:b,c\n1:2,3\n4:5,6\n")
print(repr(d.delimiter))
d = sniffer.sniff("a,b;c\n1,2;3\n4,5;6\n")
print(repr(d.delimiter))
