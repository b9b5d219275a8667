def initials(name):
    parts = name.split(" ")
    return parts[0][0] + parts[1][0]

def greet_all(names):
    for name in names:
        print(f"{name:<14} -> {initials(name)}")

greet_all(["Ada Lovelace", "Alan Turing"])
greet_all(["Grace Hopper", "Plato", "never reached"])
