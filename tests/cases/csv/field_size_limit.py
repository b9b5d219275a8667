"""field_size_limit: get, set (returns the old value), errors, and fields that exceed it."""
import csv

old = csv.field_size_limit()
print(old)
print(csv.field_size_limit(10))
print(csv.field_size_limit())
print(list(csv.reader(["0123456789,x"])))
try:
    list(csv.reader(["01234567890,x"]))
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader(['"0123456789\n', 'abc"']))
except csv.Error as e:
    print("Error:", e)
for bad in ["5", 1.5, None]:
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    csv.field_size_limit(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(csv.field_size_limit(0))
try:
    list(csv.reader(["a"]))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader([","])))
print(list(csv.reader([""])))
print(csv.field_size_limit(-1))
try:
    list(csv.reader(["a"]))
except csv.Error as e:
    print("Error:", e)
try:
    csv.field_size_limit(True)
except TypeError as e:
    print("TypeError:", e)
try:
    csv.field_size_limit(limit=old)
except TypeError as e:
    print("TypeError:", e)
print(csv.field_size_limit(old))
print(csv.field_size_limit())
# the writer does not check the limit
csv.field_size_limit(3)
import io
buf = io.StringIO()
csv.writer(buf).writerow(["abcdef"])
print(repr(buf.getvalue()))
csv.field_size_limit(old)
