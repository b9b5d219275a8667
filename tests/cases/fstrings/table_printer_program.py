def render(rows, header=True):
    cols = list(zip(*rows))
    widths = [max(len(str(c)) for c in col) for col in cols]
    numeric = [all(isinstance(c, (int, float)) for c in col[1:]) for col in cols]
    out = []
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out.append(sep)
    for i, r in enumerate(rows):
        cells = []
        for c, w, num in zip(r, widths, numeric):
            if isinstance(c, float):
                c = f"{c:.2f}"
            cells.append(f" {c!s:{'>' if num and i else '<'}{w}} ")
        out.append("|" + "|".join(cells) + "|")
        if i == 0 and header:
            out.append(sep.replace("-", "="))
    out.append(sep)
    return "\n".join(out)
data = [("city", "pop", "area", "density"),
        ("Tokyo", 13960000, 2194.07, 13960000 / 2194.07),
        ("Zürich", 421878, 87.88, 421878 / 87.88),
        ("Reykjavík", 131136, 273.0, 131136 / 273.0)]
print(render(data))
print(render([("k", "v"), ("a", 1), ("bb", 22)], header=False))
