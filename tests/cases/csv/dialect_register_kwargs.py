"""register_dialect with keyword parameters, then using the name for reading and writing."""
import csv
import io

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
d = csv.get_dialect("pipes")
print(type(d).__name__, repr(d.delimiter), d.quoting, repr(d.lineterminator), repr(d.quotechar),
      d.doublequote, d.skipinitialspace, d.strict, repr(d.escapechar))
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["a", "b|c", 1])
print(repr(buf.getvalue()))
print(list(csv.reader(["x|y|z"], "pipes")))
print(list(csv.reader(["x|y|z"], dialect="pipes")))
# keywords override a registered dialect
buf = io.StringIO()
csv.writer(buf, "pipes", quoting=csv.QUOTE_MINIMAL, delimiter=";").writerow(["a", "b|c", 1])
print(repr(buf.getvalue()))
# re-registering replaces
csv.register_dialect("pipes", delimiter="!")
print(repr(csv.get_dialect("pipes").delimiter), csv.get_dialect("pipes").quoting)
# register with a base dialect name plus overrides
csv.register_dialect("semi", "excel", delimiter=";")
d = csv.get_dialect("semi")
print(repr(d.delimiter), repr(d.lineterminator))
csv.register_dialect("tabby", csv.get_dialect("excel-tab"), skipinitialspace=True)
d = csv.get_dialect("tabby")
print(repr(d.delimiter), d.skipinitialspace)
csv.register_dialect("plain")
d = csv.get_dialect("plain")
print(repr(d.delimiter), repr(d.quotechar), repr(d.lineterminator), d.quoting)
print(sorted(csv.list_dialects()))
for name in ["pipes", "semi", "tabby", "plain"]:
    csv.unregister_dialect(name)
print(sorted(csv.list_dialects()))
