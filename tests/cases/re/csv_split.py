import re

LINE = 'name,"Smith, John",42,"say ""hi""",,end'
FIELD = re.compile(r'(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))')

fields = []
for m in FIELD.finditer(LINE):
    quoted, plain = m.groups()
    fields.append(quoted.replace('""', '"') if quoted is not None else plain)
print(fields)
print(re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', LINE))
print(re.split(r"\s*[;,]\s*", "a ; b,c ;d"))
print(re.split(r"(\s*[;,]\s*)", "a ; b,c"))
