import json

samples = ["café", "naïve façade", "日本語", "emoji 😀 and 🎉", "\u2028\u2029", "\ufeffbom",
           "zero\u0000width", "\x7f\x80\x9f\xa0", "mixed \"q\" \\ é \n"]
for s in samples:
    print(json.dumps(s))
    print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"clé": "valeur"}))
print(json.dumps({"clé": "valeur"}, ensure_ascii=False))
print(json.dumps(["😀"], ensure_ascii=False, indent=1))
for s in samples:
    assert json.loads(json.dumps(s)) == s
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s
print(len(json.dumps("😀")), len(json.dumps("😀", ensure_ascii=False)))
print(json.dumps("".join(chr(c) for c in range(32))))
