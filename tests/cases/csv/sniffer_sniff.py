"""Sniffer.sniff on typical samples: the delimiter, quotechar and other guessed attributes."""
import csv


def describe(sample, delimiters=None):
    try:
        d = csv.Sniffer().sniff(sample, delimiters)
    except csv.Error as e:
        return "Error: %s" % e
    return (repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
            repr(d.lineterminator), d.quoting, repr(d.escapechar))


samples = [
    "name,age,city\nalice,30,Paris\nbob,25,Berlin\n",
    "name;age;city\nalice;30;Paris\nbob;25;Berlin\n",
    "name\tage\tcity\nalice\t30\tParis\nbob\t25\tBerlin\n",
    "name|age|city\nalice|30|Paris\nbob|25|Berlin\n",
    "name:age:city\nalice:30:Paris\nbob:25:Berlin\n",
    'name,comment\n"alice","likes, commas"\n"bob","says ""hi"""\n',
    "name,comment\n'alice','x, y'\n'bob','z'\n",
    'a, b, c\n1, 2, 3\n4, 5, 6\n',
    'a;"b;c";d\ne;"f";g\n',
    "id,value\r\n1,10\r\n2,20\r\n",
    "x y z\n1 2 3\n4 5 6\n",
    "one,two\n",
    "1,2,3\n4,5,6\n7,8,9\n10,11,12\n13,14,15\n16,17,18\n19,20,21\n22,23,24\n25,26,27\n28,29,30\n31,32,33\n",
]
for s in samples:
    print(repr(s[:30]), describe(s))
print(describe("a;b,c\nd;e,f\n", delimiters=";"))
print(describe("a;b,c\nd;e,f\n", delimiters=","))
d = csv.Sniffer().sniff("a,b\n1,2\n")
print(type(d).__name__, d.__name__ if hasattr(d, "__name__") else "", issubclass(d, csv.Dialect))
print(list(csv.reader(["x,y"], d)))
print(csv.Sniffer().preferred)
