"""Common mistakes when reading and writing JSON files."""
import json
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("b.json", "wb") as f:
        try:
            json.dump({"a": 1}, f)
        except TypeError as e:
            print("TypeError:", e)
    print(os.path.getsize("b.json"))
    with open("b.json", "w") as f:
        json.dump({"a": [1, 2, 3]}, f, indent=1)
    with open("b.json") as f:
        f.read(3)
        try:
            json.load(f)
        except json.JSONDecodeError as e:
            print(e)
    with open("b.json", "w") as f:
        f.write('{"x": 1}')
    f = open("b.json")
    f.close()
    try:
        json.load(f)
    except ValueError as e:
        print(e)
    with open("l.json", "w", encoding="latin-1") as f:
        f.write('{"k": "é"}')
    try:
        with open("l.json", encoding="utf-8") as f:
            json.load(f)
    except UnicodeDecodeError as e:
        print(e)
    with open("l.json", "rb") as f:
        try:
            json.load(f)
        except UnicodeDecodeError as e:
            print(e)
    os.chdir("/")
