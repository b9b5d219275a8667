"""DictReader over a real file with embedded newlines, line_num, and fieldnames reuse."""
import csv
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "tickets.csv")
    with open(path, "w", newline="") as f:
        f.write('id,title,body\r\n1,Crash,"Steps:\r\n1. open\r\n2. click"\r\n2,Typo,"teh"\r\n\r\n3,"Slow, very",\r\n')
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        for rec in reader:
            print(reader.line_num, rec["id"], repr(rec["title"]), repr(rec["body"]))
        fields = reader.fieldnames
    # append with the same fields, then read again
    with open(path, "a", newline="") as f:
        csv.DictWriter(f, fields).writerow({"id": 4, "title": "New", "body": "x"})
    with open(path, newline="") as f:
        print([r["id"] for r in csv.DictReader(f)])
    # read the same file without newline=''
    with open(path) as f:
        print([r["body"] for r in csv.DictReader(f)])
