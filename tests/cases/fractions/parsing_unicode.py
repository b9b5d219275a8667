# String parsing accepts non-ASCII decimal digits and surrounding whitespace.
from fractions import Fraction

for s in ["١٢/٣", "\u30001/2", "1/2\n", "\t-7.25 ", "٣.٥", "+.5e1", "5e-0", "1e1_0", "1/1_0"]:
    print(repr(s), repr(Fraction(s)))
for s in ["1\u00a0/2", "½", "1/2/3", "--1", "1e1e1"]:
    try:
        print(repr(s), Fraction(s))
    except ValueError as e:
        print("ValueError -", e)
