name = input("Name: ")
age = int(input("Age: "))
print(f"Hello, {name}! Next year you will be {age + 1}.")
colors = []
while True:
    try:
        line = input("color> ")
    except EOFError:
        print("<EOF>")
        break
    if not line:
        continue
    colors.append(line.strip())
print(colors, len(colors))
