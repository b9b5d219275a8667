"""Sniffer.sniff and has_header on many small and awkward samples (quotes with spaces,
doubled quotes, multi-line fields, ragged rows, truncated samples)."""
import csv

samples = [
    'a,b,c\n1,2,3\n4,5', 'a,b,c\r\n1,2,3\r\n', '"a", "b", "c"\n"1", "2", "3"\n',
    "'a';'b'\n'c';'d'\n", 'x\ty\n1\t2\n3', 'a b c\n1 2 3\n', 'a;b,c;d\n1;2,3;4\n',
    'name\nAnn\nBob\n', 'a,b\n"x""y",z\n', '"a""b",c\n', 'abc,"def"\n',
    'a|b|c\n1|2|3\n4|5|6\n7|8\n', '1,2\n3,4,5\n6,7\n8,9\n',
    'h1;h2\n"a;b";c\n"d";"e;f"\n', '"a","b"\n', ' "a" , "b" \n', 'k=v&k2=v2\nk=w&k2=w2\n',
    'a,b\n\n\nc,d\n', '"quoted,field"\n', "x:y:z\n1:2:3\n", "1.5;2,5;3\n4;5;6\n",
    "'a',b\n'c',d\n", '"a"\t"b"\n"c"\t"d"\n', 'a, b\nc, d\n', 'a,b c,d\ne,f g,h\n',
    'date,amount\n2024-01-01,5\n2024-01-02,6\n', 'id,name\n1,Ann\n2,Bob\n3,Cy\n', 'Ann,1\nBob,2\n',
    'word\tword\n', 'a,"b\nc",d\ne,f,g\n', '"a,b","c,d"\n"e,f","g,h"\n', "a'b,c'd\n", '"",""\n',
    'a,,b\n,,\n', 'a;b;c;d;e\n1;2;3;4;5\n', 'x\n', '', ',\n', '"x"\n', 'a;b\r\nc;d',
    '1 ; 2 ; 3\n4 ; 5 ; 6\n', 'a,b\n1,2\nthree,4\n', 'aaa,b\nccc,d\neee,f\n', 'col1,col2\n1+2j,3\n',
    'n,v\nx,1e5\ny,-2\n', 'A;B\n"x";1\n"y";2\n', '"one" ,"two"\n',
]
sniffer = csv.Sniffer()
for s in samples:
    try:
        d = sniffer.sniff(s)
        got = (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace)
    except csv.Error as e:
        got = "Error: %s" % e
    try:
        h = sniffer.has_header(s)
    except csv.Error as e:
        h = "Error: %s" % e
    print(repr(s), got, h)
