import os

os.environ.clear()
os.environ["BASE"] = "1"
merged = os.environ | {"EXTRA": "2"}
print(type(merged).__name__, sorted(merged.items()))
reverse = {"BASE": "override", "Z": "z"} | os.environ
print(type(reverse).__name__, sorted(reverse.items()))
env = os.environ
env |= {"ADDED": "3"}
print(env is os.environ, sorted(os.environ.items()))
env |= [("PAIR", "4")]
print(sorted(os.environ))
child_env = dict(os.environ, LEVEL="child")
print(sorted(child_env.items()))
print("LEVEL" in os.environ)
