"""The reader ignores lineterminator: it always accepts \r, \n and \r\n."""
import csv
import io

text = "a,b\r\nc,d\ne,f\rg,h"
for term in ["\r\n", "\n", ";", "XY"]:
    r = csv.reader(io.StringIO(text, newline=""), lineterminator=term)
    print(repr(term), list(r), repr(r.dialect.lineterminator))
print(list(csv.reader(["a,b;c,d"], lineterminator=";")))
# a custom terminator inside a line is just data
print(list(csv.reader(io.StringIO("a,b!c\n", newline=""), lineterminator="!")))
# \r in the middle of a list item
try:
    print(list(csv.reader(["a,b\rc,d"])))
except csv.Error as e:
    print("Error:", e)
try:
    print(list(csv.reader(["a,b\nc,d"])))
except csv.Error as e:
    print("Error:", e)
try:
    print(list(csv.reader(["a,b\r\n\r\n"])))
except csv.Error as e:
    print("Error:", e)
