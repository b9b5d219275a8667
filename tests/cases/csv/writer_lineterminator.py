"""lineterminator for the writer: any string, and the quoting it causes."""
import csv
import io

for term in ["\n", "\r\n", "\r", ";", "||", "END\n", "\n\n"]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=term)
    w.writerow(["a", "b;c", "d|e", "f\ng"])
    w.writerow([])
    print(repr(term), repr(buf.getvalue()))
for bad in ["", None, 5]:
    try:
        csv.writer(io.StringIO(), lineterminator=bad)
        print(repr(bad), "accepted")
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
