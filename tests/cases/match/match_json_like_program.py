def render(node, indent=0):
    pad = "  " * indent
    match node:
        case {"tag": tag, "children": [*children], **attrs}:
            attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
            print(f"{pad}<{tag}{attr_text}>")
            for child in children:
                render(child, indent + 1)
            print(f"{pad}</{tag}>")
        case {"tag": tag, **attrs}:
            attr_text = "".join(f' {k}="{v}"' for k, v in attrs.items())
            print(f"{pad}<{tag}{attr_text}/>")
        case str(text):
            print(f"{pad}{text}")
        case int() | float() as num:
            print(f"{pad}{num!r}")
        case [*items]:
            for item in items:
                render(item, indent)
        case None:
            pass
        case other:
            raise TypeError(f"cannot render {type(other).__name__}")

doc = {
    "tag": "div", "class": "box", "children": [
        {"tag": "h1", "children": ["Title"]},
        {"tag": "img", "src": "a.png"},
        ["text one", 42, None],
        {"tag": "p", "id": "x", "children": [3.5]},
    ],
}
render(doc)
try:
    render({"tag": "ul", "children": [{1, 2}]})
except TypeError as e:
    print(type(e).__name__, e)
