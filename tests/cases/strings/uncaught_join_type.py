def render_row(cells):
    return " | ".join(cells)

print(render_row(["id", "name", "score"]))
print(render_row(["1", "alice", 97]))
