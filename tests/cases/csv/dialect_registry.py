"""get_dialect, unregister_dialect, list_dialects and their errors."""
import csv


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(sorted(csv.list_dialects()))
print(type(csv.list_dialects()).__name__)
show("get excel", lambda: type(csv.get_dialect("excel")).__name__)
show("get unknown", lambda: csv.get_dialect("nope"))
show("get int", lambda: csv.get_dialect(5))
show("get none", lambda: csv.get_dialect(None))
show("get no args", lambda: csv.get_dialect())
show("unregister unknown", lambda: csv.unregister_dialect("nope"))
show("unregister int", lambda: csv.unregister_dialect(5))
show("register int name", lambda: csv.register_dialect(5))
show("register none name", lambda: csv.register_dialect(None, delimiter=";"))
show("register bytes name", lambda: csv.register_dialect(b"x"))
show("register no args", lambda: csv.register_dialect())
show("register too many", lambda: csv.register_dialect("a", "excel", "x"))
show("register bad param", lambda: csv.register_dialect("bad", delimiter=""))
show("register bad kw", lambda: csv.register_dialect("bad", foo=1))
show("register bad base", lambda: csv.register_dialect("bad", "nope"))
print("bad" in csv.list_dialects())
show("register ok", lambda: csv.register_dialect("tmp", delimiter=";"))
print(sorted(csv.list_dialects()))
show("unregister ok", lambda: csv.unregister_dialect("tmp"))
show("unregister twice", lambda: csv.unregister_dialect("tmp"))
d1 = csv.get_dialect("excel")
d2 = csv.get_dialect("excel")
print(d1 is d2)
# a list_dialects result is a fresh list
names = csv.list_dialects()
names.append("fake")
print("fake" in csv.list_dialects())
# unregistering a built-in name and restoring it
csv.unregister_dialect("excel-tab")
print(sorted(csv.list_dialects()))
csv.register_dialect("excel-tab", csv.excel_tab)
print(sorted(csv.list_dialects()))
