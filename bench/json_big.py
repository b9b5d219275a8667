# json.dumps and json.loads of a ~50 MB document (issue 5's json benchmark): nested records with
# strings (some non-ASCII and escapes), ints, floats, bools, nulls, lists and dicts.
import json

def records(n):
    x = 7
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append({
            "id": i,
            "name": "user \"%d\" \u00e9\u4e2d" % (x % 100000),
            "score": (x % 100000) / 7.0,
            "active": x % 3 == 0,
            "tags": ["t%d" % (x % 17), "line\nbreak", None],
            "address": {"city": "City %d" % (x % 500), "zip": x % 99999, "geo": [x % 90 / 3.0, x % 180 / 7.0]},
        })
    return out

doc = records(220000)
text = json.dumps(doc)
back = json.loads(text)
pretty = json.dumps(back[:20000], indent=2, sort_keys=True)
print(len(text) // 1000000, "MB", len(back), back[-1]["address"]["zip"], len(pretty), back == doc)
