import json

# iterencode streams the document in pieces (one-shot encoding gives a single piece)
print(list(json.JSONEncoder().iterencode({"a": [1, 2], "b": None})))
print(list(json.JSONEncoder(indent=1).iterencode([1, {"x": 2}])))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]}, _one_shot=True)))
print(list(json.JSONEncoder().iterencode(5)), list(json.JSONEncoder().iterencode("s")))
