phone_book = {"alice": "555-1234", "bob": "555-9876", "carol": "555-1234"}
by_number = {}
for name, number in phone_book.items():
    by_number.setdefault(number, []).append(name)
print(by_number)
print({v: k for k, v in phone_book.items()})
grades = {"ann": 91, "ben": 78, "cid": 85, "dee": 62}
letter = {name: ("A" if g >= 90 else "B" if g >= 80 else "C" if g >= 70 else "D") for name, g in grades.items()}
print(letter)
print({g: [n for n, l in letter.items() if l == g] for g in "ABCD"})
print({k: v for k, v in sorted(grades.items(), key=lambda kv: kv[1], reverse=True)})
print(dict(sorted(grades.items())))
print({n: g for n, g in grades.items() if g > 80} == {"ann": 91, "cid": 85})
