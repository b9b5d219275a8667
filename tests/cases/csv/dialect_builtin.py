"""The built-in dialects excel, excel_tab and unix_dialect."""
import csv
import io

for cls, name in [(csv.excel, "excel"), (csv.excel_tab, "excel-tab"), (csv.unix_dialect, "unix")]:
    print(cls.__name__, repr(cls.delimiter), repr(cls.quotechar), cls.doublequote,
          cls.skipinitialspace, repr(cls.lineterminator), cls.quoting, repr(cls.escapechar))
    d = csv.get_dialect(name)
    print("  registered:", repr(d.delimiter), repr(d.quotechar), d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting, repr(d.escapechar), d.strict)
    buf = io.StringIO()
    csv.writer(buf, cls).writerows([["a", "b c", "d\te", 1, None], ["x,y", 'q"', ""]])
    print("  wrote:", repr(buf.getvalue()))
    buf.seek(0)
    print("  read:", list(csv.reader(buf, name)))
print(csv.excel_tab.__mro__[1].__name__)
print(csv.unix_dialect.__bases__[0].__name__)
print(hasattr(csv.excel, "strict"))
