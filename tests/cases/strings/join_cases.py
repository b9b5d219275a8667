print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), "-".join([]), "-".join(["only"]))
print(" ".join(str(i) for i in range(5)), "\n".join(("l1", "l2")))
print("|".join({"k1": 1, "k2": 2}), "+".join(map(str, [1.5, -2, True])))
for bad in [[1, 2], ["a", None], ["a", b"b"], 5, ["ok", ["nested"]]]:
    try:
        print(",".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print("→".join(["α", "β", "γ"]), len("".join(["😀"] * 3)))
class S(str):
    pass
print(",".join([S("sub"), "plain"]))
