"""Sniffer.has_header on samples with and without header rows."""
import csv

samples = {
    "numeric body": "name,age,score\nalice,30,9.5\nbob,25,7.0\ncarol,41,8.25\n",
    "no header numbers": "1,2,3\n4,5,6\n7,8,9\n",
    "no header words": "alice,30\nbob,25\ncarol,41\n",
    "fixed-length codes": "code,name\nAB1,x\nCD2,y\nEF3,z\n",
    "fixed header same length": "abc,x\nxyz,y\ndef,z\n",
    "quoted": '"id","title"\n1,"Hello, world"\n2,"Bye"\n',
    "semicolon": "id;price\n1;2.50\n2;3.75\n",
    "tab": "year\tcount\n2020\t5\n2021\t7\n",
    "single column": "value\n1\n2\n3\n",
    "complex numbers": "z,w\n1+2j,3\n4j,5\n",
}
for name, sample in samples.items():
    try:
        print(name, csv.Sniffer().has_header(sample))
    except csv.Error as e:
        print(name, "Error:", e)
