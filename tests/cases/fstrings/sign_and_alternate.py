for n in [42, -42, 0]:
    print(f"[{n:+}] [{n:-}] [{n: }] [{n:+05}] [{n: 5}] [{n:+x}] [{n: b}]")
for f in [3.5, -3.5, 0.0, -0.0, float("inf"), float("nan")]:
    print(f"[{f:+}] [{f:-}] [{f: }] [{f:+.2f}] [{f: .1e}] [{f:z.1f}]")
print(f"[{255:#x}] [{255:#X}] [{255:#o}] [{255:#b}] [{-255:#x}] [{0:#x}] [{0:#b}]")
print(f"[{255:#010x}] [{255:#10x}] [{255:<#10x}] [{-255:#010b}]")
print(f"[{1.0:#}] [{1.0:#.0f}] [{1.0:#.0e}] [{1.0:#g}] [{100.0:#.3g}] [{0.5:#.0%}]")
print(f"[{-0.0001:z.2f}] [{-0.0:z}] [{-1e-10:z.3e}]")
try:
    format("s", "+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "#")
except ValueError as e:
    print(type(e).__name__, e)
