import json

bad_docs = [
    "", " ", "\n\n", "[", "]", "{", "}", "[1,]", "[1 2]", "[,1]", "{\"a\"}", "{\"a\":}", "{\"a\" 1}",
    "{\"a\":1,}", "{'a': 1}", "{a: 1}", "{\"a\":1 \"b\":2}", "{1: 2}", "\"unterminated", "\"bad \\x escape\"",
    "\"bad \\u12 escape\"", "\"\\uZZZZ\"", "\"tab\tinside\"", "\"nl\ninside\"", "tru", "True", "nul", "None",
    "nan", "-Infinity-", "-", "--1", "01", "1.", ".5", "1e", "1e+", "+1", "0x10", "[1] [2]", "{} x", "1 2",
    "[1,\n 2,\n ]", "{\n  \"key\": \"value\",\n  \"other\": ,\n}", "\ufeff[]", "[\"a\" , ]", "[\"\\",
    "\"\\", "{\"a\": [1, 2}", "[{]}", "[1, 2, 3", "{\"a\": 1", "\"abc", "  x", "[\n\n  ?]",
]
for doc in bad_docs:
    try:
        value = json.loads(doc)
        print(repr(doc), "-> OK", repr(value))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
        assert (e.msg, e.pos, e.lineno, e.colno) == (e.msg, e.pos, e.lineno, e.colno)
        print("   msg=%r pos=%d line=%d col=%d doc-ok=%s" % (e.msg, e.pos, e.lineno, e.colno, e.doc == doc))
