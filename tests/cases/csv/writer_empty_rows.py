"""Empty rows and single empty fields in every quoting mode."""
import csv
import io

modes = [("MINIMAL", csv.QUOTE_MINIMAL), ("ALL", csv.QUOTE_ALL),
         ("NONNUMERIC", csv.QUOTE_NONNUMERIC), ("NONE", csv.QUOTE_NONE)]
for name, q in modes:
    for fields in ([], [""], [None], ["", ""], [" "]):
        buf = io.StringIO()
        try:
            n = csv.writer(buf, quoting=q).writerow(fields)
            print(name, fields, n, repr(buf.getvalue()))
        except csv.Error as e:
            print(name, fields, "Error:", e)
# reading them back
buf = io.StringIO()
w = csv.writer(buf)
w.writerows([[], [""], ["", ""], [None]])
buf.seek(0)
print(list(csv.reader(buf)))
