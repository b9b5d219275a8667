"""Corner cases of the reader's state machine (non-strict)."""
import csv
import io


def parse(text, **kw):
    try:
        return list(csv.reader(io.StringIO(text, newline=""), **kw))
    except csv.Error as e:
        return "Error: %s" % e


cases = [
    ('"a"\r\n', {}),
    ('"a"\r', {}),
    ('"a"\rb\n', {}),
    ('a"\n', {}),
    ('"\n', {}),
    ('"a""\n', {}),
    ('"a"""\n', {}),
    (',"",\n', {}),
    ('x,"y"z"w",v\n', {}),
    ('"a\\"b",c\n', {"escapechar": "\\"}),
    ('"a\\\\",c\n', {"escapechar": "\\"}),
    ('a\\\r\nb\n', {"escapechar": "\\"}),
    ('\\"a,b\n', {"escapechar": "\\"}),
    ('"a" "b",c\n', {}),
    ('  "a",b\n', {"skipinitialspace": True}),
    ('a,  \n', {"skipinitialspace": True}),
    ('a,   "b"  ,c\n', {"skipinitialspace": True}),
    ('a\tb\n', {"delimiter": "\t", "skipinitialspace": True}),
    ('"a,\r\nb"\r\n', {"quoting": csv.QUOTE_NONE}),
    ("'a''b','c'\n", {"quotechar": "'", "doublequote": False}),
    ('a,b\r\r\n', {}),
    ('a,b\n\r', {}),
    ('\r\n\r\n', {}),
    ('é"à",b\n', {}),
]
for text, kw in cases:
    print(repr(text), sorted(kw.items()), parse(text, **kw))
