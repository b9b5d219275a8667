def render_row(cells, widths):
    padded = [c.ljust(w) for c, w in zip(cells, widths)]
    return " | ".join(padded)

def render(table):
    widths = [max(len(str(row[i])) for row in table) for i in range(len(table[0]))]
    for row in table:
        print(render_row(row, widths))

render([["id", "name"], ["1", "alice"], ["22", "bob"]])
print("---")
render([["id", "score"], ["1", 97]])
