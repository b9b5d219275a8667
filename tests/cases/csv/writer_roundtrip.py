"""Whatever the writer produces, the reader with the same dialect gives back."""
import csv
import io

nasty = [
    ["", " ", "  x  ", ","],
    ['"', '""', '"quoted"', 'a"b"c'],
    ["\n", "\r\n", "\r", "a\nb"],
    ["tab\there", "semi;colon", "back\\slash", "'single'"],
    ["ünï", "日本語", "emoji 😀", "\u2028"],
]
dialects = [
    {},
    {"delimiter": ";"},
    {"delimiter": "\t", "quotechar": "'"},
    {"quoting": csv.QUOTE_ALL},
    {"doublequote": False, "escapechar": "\\"},
    {"lineterminator": "\n"},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
    {"dialect": "unix"},
    {"dialect": "excel-tab"},
]
for kw in dialects:
    buf = io.StringIO(newline="")
    csv.writer(buf, **kw).writerows(nasty)
    text = buf.getvalue()
    buf.seek(0)
    back = list(csv.reader(buf, **kw))
    print(sorted(kw.items()), back == nasty, len(text))
    if back != nasty:
        for a, b in zip(nasty, back):
            if a != b:
                print("   ", a, "->", b)
