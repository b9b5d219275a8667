"""Bad dialect parameters: the TypeError/ValueError texts from reader, writer and register."""
import csv
import io

params = [
    {"delimiter": ""},
    {"delimiter": ";;"},
    {"delimiter": None},
    {"delimiter": 0},
    {"delimiter": b","},
    {"delimiter": "\n"},
    {"delimiter": "\r"},
    {"delimiter": '"'},
    {"delimiter": " ", "quotechar": " "},
    {"quotechar": ""},
    {"quotechar": '""'},
    {"quotechar": 1},
    {"quotechar": "\n"},
    {"quotechar": None, "quoting": csv.QUOTE_ALL},
    {"escapechar": "\\\\"},
    {"escapechar": 3.5},
    {"escapechar": "\n"},
    {"escapechar": ","},
    {"escapechar": '"'},
    {"lineterminator": 1},
    {"lineterminator": None},
    {"lineterminator": ""},
    {"quoting": 4},
    {"quoting": -1},
    {"quoting": "1"},
    {"quoting": 1.0},
    {"quoting": None},
    {"quoting": True},
    {"doublequote": None},
    {"skipinitialspace": "x"},
    {"strict": 0},
    {"delimiter": "\t", "escapechar": "\t"},
]
for kw in params:
    results = []
    for make in (lambda: csv.reader([], **kw), lambda: csv.writer(io.StringIO(), **kw),
                 lambda: csv.register_dialect("t", **kw)):
        try:
            make()
            results.append("ok")
        except (TypeError, ValueError, csv.Error) as e:
            results.append("%s: %s" % (type(e).__name__, e))
    if results[0] == results[1] == results[2]:
        print(kw, "->", results[0])
    else:
        print(kw, "->", results)
