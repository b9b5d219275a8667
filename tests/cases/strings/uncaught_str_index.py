def initials(name):
    parts = name.split(" ")
    return parts[0][0] + parts[1][0]

for name in ["Ada Lovelace", "Alan Turing", "Plato"]:
    print(name, "->", initials(name))
