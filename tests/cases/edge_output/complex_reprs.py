values = [1j, -1j, 1 + 1j, 1 - 1j, -1 - 1j, 0j, -0j, complex(0, -0.0), complex(-0.0, -0.0), 2.5 + 0j,
          1e20j, 1e-20 + 1j, complex(float("inf"), 1), complex(1, float("nan")), 3j ** 2, (1 + 2j) / (3 - 4j),
          complex("1e3-2.5j"), complex(1), complex(1.5, 2)]
for v in values:
    print(repr(v), str(v), f"{v}")
print(values[:4])
print(abs(3 + 4j), (1j).real, (1j).imag, (2 + 3j).conjugate(), 1j == complex(0, 1), 1 + 0j == 1)
print(f"{1 + 2j:.2f}", f"{3 - 4j:>12}", format(1.5 - 2.25j, "g"), f"{1j:+.1f}")
try:
    complex("1 + 2j")
except ValueError as e:
    print("ValueError:", e)
try:
    1j < 2j
except TypeError as e:
    print("TypeError:", e)
