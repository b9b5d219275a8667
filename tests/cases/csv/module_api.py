"""Module-level names of csv: constants, __all__, version, Error."""
import csv

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(sorted(csv.__all__))
print(csv.__version__)
print(csv.Error.__mro__)
try:
    raise csv.Error("custom", 1)
except csv.Error as e:
    print(e.args, str(e))
for name in ["reader", "writer", "register_dialect", "unregister_dialect", "get_dialect",
             "list_dialects", "field_size_limit"]:
    print(name, callable(getattr(csv, name)), type(getattr(csv, name)).__name__)
for name in ["Dialect", "excel", "excel_tab", "unix_dialect", "DictReader", "DictWriter",
             "Sniffer"]:
    print(name, type(getattr(csv, name)).__name__)
for cls in (csv.DictReader, csv.DictWriter):
    try:
        print(cls[str])
    except TypeError as e:
        print("TypeError:", e)
from csv import *
print(excel_tab.delimiter == "\t", QUOTE_NONE)
