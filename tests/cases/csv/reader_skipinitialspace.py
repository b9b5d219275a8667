"""skipinitialspace: spaces after the delimiter are dropped, so quotes after them count."""
import csv

lines = ['a, b,  c', 'x, "y, z", w', '  lead,trail  ', 'e, ,f', ' , ']
print(list(csv.reader(lines)))
print(list(csv.reader(lines, skipinitialspace=True)))
print(list(csv.reader(['a,\t b'], skipinitialspace=True)))
print(list(csv.reader(['a;  "b;c"'], delimiter=";", skipinitialspace=True)))
print(list(csv.reader(['a b'], delimiter=" ", skipinitialspace=True)))
print(list(csv.reader(['a   b'], delimiter=" ", skipinitialspace=True)))
print(list(csv.reader(['a   b'], delimiter=" ")))
print(list(csv.reader(['1, 2, 3'], skipinitialspace=True, quoting=csv.QUOTE_NONNUMERIC)))
r = csv.reader([], skipinitialspace=1)
print(r.dialect.skipinitialspace)
