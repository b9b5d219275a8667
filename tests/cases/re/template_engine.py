import re

TEMPLATE = "Hello {{ name }}! You have {{count}} new {{ count|plural:message }}. {{ missing }} {{ name|upper }}"
PLACEHOLDER = re.compile(r"\{\{\s*(?P<var>\w+)(?:\|(?P<filter>\w+)(?::(?P<arg>\w+))?)?\s*\}\}")

def render(template, context):
    def replace(m):
        value = context.get(m["var"])
        if value is None:
            return "<?" + m["var"] + "?>"
        f = m["filter"]
        if f == "upper":
            return str(value).upper()
        if f == "plural":
            return m["arg"] + ("" if value == 1 else "s")
        return str(value)
    return PLACEHOLDER.sub(replace, template)

print(render(TEMPLATE, {"name": "Ada", "count": 3}))
print(render(TEMPLATE, {"name": "Bob", "count": 1}))
print(PLACEHOLDER.findall(TEMPLATE))
print([m.span() for m in PLACEHOLDER.finditer(TEMPLATE)])
