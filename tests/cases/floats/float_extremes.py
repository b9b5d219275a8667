import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.radix)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, fi.max + 1 == fi.max, -fi.max * 2)
print(fi.min / 2, fi.min / 2 ** 52, fi.min / 2 ** 53)
print(5e-324, 5e-324 * 0.5, 5e-324 * 0.6, 1e-323, 2.5e-324)
print(float("1.7976931348623157e308"), float("1.7976931348623158e308"), float("1.7976931348623159e308"))
print(1e308 + 1e308, 1.7976931348623157e308 * 1.0000000000000002)
print(float(2 ** 1023) * 2, 2.0 ** 1023 * 1.5)
