"""Process a JSON-lines access log: parse, skip bad lines, aggregate, write a summary."""
import json
import os
import tempfile
from collections import Counter, defaultdict

LINES = [
    '{"ts": 1, "path": "/", "status": 200, "ms": 12.5, "user": "ann"}',
    '{"ts": 2, "path": "/login", "status": 302, "ms": 3.25, "user": null}',
    '',
    '{"ts": 3, "path": "/api/items", "status": 200, "ms": 45.0, "user": "bob"}',
    'not json at all',
    '{"ts": 4, "path": "/api/items", "status": 500, "ms": 120.75, "user": "ann", "error": "db \\"timeout\\""}',
    '{"ts": 5, "path": "/", "status": 200, "ms": 8.0, "user": "cé"}',
    '{"ts": 6, "path": "/api/items", "status": 404',
    '[1, 2, 3]',
    '{"ts": 7, "path": "/login", "status": 200, "ms": 5.5, "user": "bob"}',
]

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("access.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(LINES) + "\n")

    by_path = defaultdict(list)
    statuses = Counter()
    users = Counter()
    errors = []
    with open("access.jsonl", encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {lineno}: {e.msg} at column {e.colno}")
                continue
            if not isinstance(rec, dict):
                errors.append(f"line {lineno}: expected object, got {type(rec).__name__}")
                continue
            by_path[rec["path"]].append(rec["ms"])
            statuses[rec["status"]] += 1
            if rec.get("user"):
                users[rec["user"]] += 1
            if "error" in rec:
                print("error record:", rec["error"])

    summary = {
        "paths": {p: {"count": len(v), "avg_ms": round(sum(v) / len(v), 3), "max_ms": max(v)}
                  for p, v in sorted(by_path.items())},
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "top_users": users.most_common(2),
        "errors": errors,
    }
    with open("summary.json", "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=2)
    with open("summary.json", encoding="utf-8") as f:
        print(f.read())

    # re-emit the good records as compact JSON lines
    with open("access.jsonl", encoding="utf-8") as src, open("clean.jsonl", "w", encoding="utf-8") as dst:
        for line in src:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict):
                dst.write(json.dumps(rec, separators=(",", ":"), sort_keys=True, ensure_ascii=False) + "\n")
    with open("clean.jsonl", encoding="utf-8") as f:
        print(f.read(), end="")
    os.chdir("/")
