def t(name, v):
    print("eval", name)
    return v
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", "") or t("c", "x"))
print(t("a", [1]) or t("b", 1))
print([] or {} or ())
print(1 and "yes")
print(None and 1 / 0)
print(not t("n", ""))
x = None
print(x is not None and x.upper())
name = ""
print(name or "anonymous")
print(all(t(i, i) for i in [1, 2, 0, 3]))
print(any(t(i, i) for i in [0, 0, 5, 6]))
