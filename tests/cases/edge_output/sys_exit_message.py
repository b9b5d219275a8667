import sys

print("about to exit with a message")
sys.stdout.flush()
sys.exit("fatal: configuration missing — café ☕")
