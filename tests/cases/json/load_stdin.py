import io
import json
import sys

order = json.load(sys.stdin)
total = sum(i["qty"] * i["price"] for i in order["items"])
print(order["customer"]["name"], round(total, 2))
json.dump({"total": round(total, 2), "vip": order["customer"]["vip"], "name": order["customer"]["name"]},
          sys.stdout, ensure_ascii=False)
sys.stdout.write("\n")
json.dump(order, sys.stdout, indent=2, sort_keys=True)
print()

raw = io.BytesIO()
text = io.TextIOWrapper(raw, encoding="utf-8")
json.dump({"k": "é"}, text, ensure_ascii=False)
text.flush()
print(raw.getvalue())
raw.seek(0)
print(json.load(raw))
print(json.load(io.StringIO('[1, {"a": null}]')))
