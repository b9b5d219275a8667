vals = [0.0, 1.0, -1.5, 123.456, 1e-7, 1.5e16, 2.5, 1/3, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(f"{v!r:>20}: e={v:e} E={v:.2E} f={v:f} F={v:.1F} g={v:g} G={v:G} %={v:.1%} n={v:n} none={v:}")
print(f"{1e-5:g} {1e-4:g} {1e16:g} {1e15:g} {123456789:.3g} {0.00001234:.3G}")
print(f"{1.0:.0g} {10.0:.1g} {15.0:.1g} {0.5:.0g} {99.95:.3g} {99.95:.4g}")
print(f"{1e100:f}"[:30], len(f"{1e100:f}"))
print(f"{2.5:.0f} {3.5:.0f} {-2.5:.0f} {0.05:.1f} {0.15:.1f} {0.25:.1f}")
print(f"{1.5:.0e} {2.5:.0e} {12345:.2e} {9.999:.2e} {9.995:.2e}")
for bad in ["d", "x", "c", "b", ".2s"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
