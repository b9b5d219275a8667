import re

def camel_to_snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()

def snake_to_camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)

for n in ["CamelCase", "HTTPServerError", "getHTTPResponseCode", "already_snake", "A", "simpleXML2Json"]:
    print(n, "->", camel_to_snake(n), "->", snake_to_camel(camel_to_snake(n)))

def slugify(title):
    title = re.sub(r"[^\w\s-]", "", title.lower())
    return re.sub(r"[-\s]+", "-", title).strip("-")

for t in ["Hello, World!", "  Spaces   everywhere  ", "Ünïcödé Títle", "a--b__c"]:
    print(repr(t), "->", slugify(t))

def normalize_ws(s):
    return re.sub(r"\s+", " ", s).strip()
print(repr(normalize_ws("  a\t b\n\n c  ")))
