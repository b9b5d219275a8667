# Type rules when ints, floats, Fractions and bools are mixed.
from fractions import Fraction
import statistics as st

cases = [
    [1, 2],
    [1, 2, 4],
    [1, 2.0],
    [Fraction(1, 3), 2],
    [Fraction(1, 3), 2.0],
    [True, 3],
    [True, True],
]
for data in cases:
    m = st.mean(data)
    v = st.variance(data)
    print(data, repr(m), type(m).__name__, repr(v), type(v).__name__)


class MyInt(int):
    pass


print(repr(st.mean([MyInt(2), MyInt(4)])), type(st.mean([MyInt(2), MyInt(4)])).__name__)
try:
    st.mean([1, "2"])
except TypeError as e:
    print("TypeError:", e)
