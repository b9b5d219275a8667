"""Reading real files opened with and without newline='' (embedded newlines survive only with it)."""
import csv
import os
import tempfile

data = b'id,text\r\n1,"first\r\nsecond"\r\n2,"a\nb"\r\n3,"c\rd"\r\n4,plain\r\n'
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.csv")
    with open(path, "wb") as f:
        f.write(data)
    with open(path, newline="") as f:
        r = csv.reader(f)
        print("newline=''")
        for row in r:
            print(" ", r.line_num, row)
    with open(path) as f:
        r = csv.reader(f)
        print("default newline")
        for row in r:
            print(" ", r.line_num, row)
    with open(path, newline="\n") as f:
        r = csv.reader(f)
        print("newline='\\n'")
        for row in r:
            print(" ", r.line_num, row)
    with open(path, newline="\r\n") as f:
        try:
            print("newline='\\r\\n'", list(csv.reader(f)))
        except csv.Error as e:
            print("newline='\\r\\n' Error:", e)
    with open(path, encoding="utf-8", newline="") as f:
        print([(row["id"], row["text"]) for row in csv.DictReader(f)])
