import json
import os
import tempfile

data = {"users": [{"id": 1, "name": "Zoë"}, {"id": 2, "name": "Åsa"}], "version": 3}

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("data.json", "w", encoding="utf-8") as f:
        result = json.dump(data, f, ensure_ascii=False, indent=2)
    print("dump returned", result)
    with open("data.json", encoding="utf-8") as f:
        print(f.read())
    with open("data.json", encoding="utf-8") as f:
        print(json.load(f) == data)
    with open("data.json", "rb") as f:
        print(json.load(f)["users"][0])
    with open("ascii.json", "w") as f:
        json.dump(data, f)
    print(os.path.getsize("ascii.json"), os.path.getsize("data.json"))
    with open("ascii.json") as f:
        print(f.read())
    with open("sig.json", "w", encoding="utf-8-sig") as f:
        json.dump([1, 2], f)
    with open("sig.json", "rb") as f:
        raw = f.read()
    print(raw)
    with open("sig.json", encoding="utf-8") as f:
        try:
            json.load(f)
        except json.JSONDecodeError as e:
            print("JSONDecodeError:", e)
    with open("sig.json", encoding="utf-8-sig") as f:
        print(json.load(f))
    with open("u16.json", "w", encoding="utf-16") as f:
        json.dump({"k": "v"}, f)
    with open("u16.json", "rb") as f:
        print(json.load(f))
    with open("empty.json", "w") as f:
        pass
    with open("empty.json") as f:
        try:
            json.load(f)
        except json.JSONDecodeError as e:
            print("JSONDecodeError:", e)
    with open("data.json", "a") as f:
        f.write("\n{}\n")
    with open("data.json") as f:
        try:
            json.load(f)
        except json.JSONDecodeError as e:
            print("JSONDecodeError:", e.msg, e.lineno, e.colno)
    try:
        json.dump([1], "not a file")
    except AttributeError as e:
        print("AttributeError:", e)
    os.chdir("/")
