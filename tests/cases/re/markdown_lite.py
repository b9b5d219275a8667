import re

MD = """# Title

Some *emphasis*, **strong** text and `code`.
A [link](http://example.com) and another [one](/x).

## Subtitle
- item one
- item **two**
"""

def convert(md):
    html = []
    for line in md.splitlines():
        m = re.match(r"(#{1,6})\s+(.*)", line)
        if m:
            level = len(m.group(1))
            line = f"<h{level}>{m.group(2)}</h{level}>"
        elif re.match(r"-\s+", line):
            line = re.sub(r"^-\s+(.*)$", r"<li>\1</li>", line)
        line = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", line)
        line = re.sub(r"\*(.+?)\*", r"<em>\1</em>", line)
        line = re.sub(r"`([^`]+)`", lambda m: "<code>" + m.group(1).replace("<", "&lt;") + "</code>", line)
        line = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', line)
        html.append(line)
    return "\n".join(html)

print(convert(MD))
