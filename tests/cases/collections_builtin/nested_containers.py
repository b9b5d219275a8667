config = {
    "servers": [
        {"name": "web", "ports": [80, 443], "tags": ("prod",)},
        {"name": "db", "ports": [5432], "tags": ("prod", "critical")},
    ],
    "limits": {"cpu": 4, "mem": {"soft": 512, "hard": 1024}},
}
print(config["servers"][1]["ports"][0], config["limits"]["mem"]["hard"])
config["servers"][0]["ports"].append(8080)
print(config["servers"][0])
all_ports = sorted(p for s in config["servers"] for p in s["ports"])
print(all_ports)
print([s["name"] for s in config["servers"] if "critical" in s["tags"]])
print(config)

import_copy = {k: v for k, v in config.items()}
import_copy["limits"]["cpu"] = 8
print(config["limits"]["cpu"])

def deep_copy(x):
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    return x

dc = deep_copy(config)
dc["limits"]["mem"]["soft"] = 0
print(config["limits"]["mem"]["soft"], dc["limits"]["mem"]["soft"])
print(dc == config, dc is config)
lst = [1, 2]
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
