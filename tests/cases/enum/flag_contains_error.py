from enum import Flag
class F(Flag):
    A = 1
    B = 2
try:
    1 in F.A
except TypeError as e:
    print("TypeError:", e)
print(F.A in F(3), F(0) in F.A)
