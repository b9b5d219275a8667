import sys

lines = sys.stdin.readlines()
print(len(lines), lines)
total = sum(int(l.split()[1]) for l in lines)
sys.stdout.write(f"total={total}\n")
print(sys.stdin.readlines(), sys.stdin.readline() == "")
