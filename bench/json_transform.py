# A small "realistic" program using only builtins: generate nested records,
# serialise them to JSON text with a hand-written encoder, parse the text back
# with a recursive-descent parser, then group, aggregate and re-shape the data.

CITIES = ["Oslo", "Lima", "Pune", "Kyiv", "Rome", "Bonn", "Nice", "Bern"]
TAGS = ["new", "vip", "late", "bulk", "gift", "promo"]


def gen_records(n):
    x = 42
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        items = []
        for j in range(1 + (x >> 7) % 4):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            y = x >> 9
            items.append({"sku": "S%04d" % (y % 500), "qty": 1 + (y >> 9) % 5,
                          "price": (y % 10000) / 100})
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        y = x >> 8
        out.append({
            "id": i,
            "customer": {"name": "cust\"%d\"" % (y % 997), "city": CITIES[(y >> 10) % 8],
                         "active": (y >> 13) % 3 != 0},
            "items": items,
            "tags": [TAGS[(y >> (k + 3)) % 6] for k in range((y >> 16) % 3)],
            "note": None if (y >> 18) % 5 else "fragile\nhandle",
        })
    return out


def encode(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, list):
        return "[" + ",".join([encode(x) for x in v]) + "]"
    if isinstance(v, dict):
        return "{" + ",".join([encode(k) + ":" + encode(x) for k, x in v.items()]) + "}"
    raise TypeError(type(v).__name__)


class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def value(self):
        s = self.s
        c = s[self.i]
        if c == "{":
            self.i += 1
            d = {}
            if s[self.i] == "}":
                self.i += 1
                return d
            while True:
                k = self.string()
                self.i += 1  # ':'
                d[k] = self.value()
                c = s[self.i]
                self.i += 1
                if c == "}":
                    return d
        if c == "[":
            self.i += 1
            lst = []
            if s[self.i] == "]":
                self.i += 1
                return lst
            while True:
                lst.append(self.value())
                c = s[self.i]
                self.i += 1
                if c == "]":
                    return lst
        if c == '"':
            return self.string()
        if s.startswith("null", self.i):
            self.i += 4
            return None
        if s.startswith("true", self.i):
            self.i += 4
            return True
        if s.startswith("false", self.i):
            self.i += 5
            return False
        j = self.i
        while s[j] in "0123456789.-eE+":
            j += 1
        tok = s[self.i:j]
        self.i = j
        return float(tok) if ("." in tok or "e" in tok) else int(tok)

    def string(self):
        s = self.s
        self.i += 1
        parts = []
        start = self.i
        while True:
            c = s[self.i]
            if c == '"':
                parts.append(s[start:self.i])
                self.i += 1
                return "".join(parts)
            if c == "\\":
                parts.append(s[start:self.i])
                e = s[self.i + 1]
                parts.append("\n" if e == "n" else e)
                self.i += 2
                start = self.i
            else:
                self.i += 1


def transform(records):
    by_city = {}
    sku_qty = {}
    for r in records:
        if not r["customer"]["active"]:
            continue
        total = sum(it["qty"] * it["price"] for it in r["items"])
        city = r["customer"]["city"]
        entry = by_city.setdefault(city, {"orders": 0, "revenue": 0.0, "tags": {}})
        entry["orders"] += 1
        entry["revenue"] += total
        for t in r["tags"]:
            entry["tags"][t] = entry["tags"].get(t, 0) + 1
        for it in r["items"]:
            sku_qty[it["sku"]] = sku_qty.get(it["sku"], 0) + it["qty"]
    summary = []
    for city in sorted(by_city):
        e = by_city[city]
        top_tag = max(sorted(e["tags"]), key=lambda t: e["tags"][t]) if e["tags"] else None
        summary.append({"city": city, "orders": e["orders"],
                        "revenue": round(e["revenue"], 2), "top_tag": top_tag})
    best = sorted(sku_qty.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return {"summary": summary, "best_skus": [list(b) for b in best]}


def main():
    records = gen_records(20000)
    text = encode(records)
    parsed = Parser(text).value()
    assert parsed == records
    result = transform(parsed)
    out = encode(result)
    h = 0
    for ch in out:
        h = (h * 33 + ord(ch)) % 4294967291
    print("json_transform", len(text), len(out), h)
    print(encode(result["summary"][0]))


main()
