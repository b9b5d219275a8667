results = {}
for i, text in enumerate(["10", "20", "3.5", "40"]):
    value = int(text)
    results[text] = value
    print(f"parsed #{i}: {value}", end=" | " if i < 3 else "\n")
print("never reached", results)
