s = "abcdefghij" * 1000
print(len(s))
print(s)
print(s[:50] + "..." + s[-50:])
line = "-" * 200
print(line)
words = " ".join(f"word{i}" for i in range(500))
print(words)
print(len(words), words.count(" "))
print(repr("x" * 300))
print(["y" * 100, "z" * 100])
big = "\n".join(f"line {i:04d}: " + "#" * (i % 60) for i in range(300))
print(big)
print(len(big.splitlines()), big.count("#"))
