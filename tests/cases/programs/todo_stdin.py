import sys


class TodoList:
    def __init__(self):
        self.items = []
        self.next_id = 1

    def add(self, text, prio):
        self.items.append({"id": self.next_id, "text": text, "prio": prio, "done": False})
        self.next_id += 1
        return self.next_id - 1

    def find(self, ident):
        for it in self.items:
            if it["id"] == ident:
                return it
        raise LookupError(f"no item with id {ident}")

    def show(self, only_open=False):
        rows = [it for it in self.items if not (only_open and it["done"])]
        if not rows:
            print("  (empty)")
        for it in sorted(rows, key=lambda it: (it["done"], -it["prio"], it["id"])):
            mark = "x" if it["done"] else " "
            print(f"  [{mark}] #{it['id']:<3} p{it['prio']} {it['text']}")


todo = TodoList()
for lineno, raw in enumerate(sys.stdin, 1):
    line = raw.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    cmd, _, rest = line.partition(" ")
    try:
        if cmd == "add":
            prio = 1
            if rest[:2] == "!!":
                prio, rest = 3, rest[2:].lstrip()
            elif rest[:1] == "!":
                prio, rest = 2, rest[1:].lstrip()
            print(f"added #{todo.add(rest, prio)}")
        elif cmd == "done":
            todo.find(int(rest))["done"] = True
        elif cmd == "rm":
            todo.items.remove(todo.find(int(rest)))
        elif cmd == "list":
            todo.show(only_open=(rest == "open"))
        elif cmd == "quit":
            print("bye")
            break
        else:
            raise ValueError(f"unknown command {cmd!r}")
    except (LookupError, ValueError) as e:
        print(f"line {lineno}: {type(e).__name__}: {e}")
print("remaining lines:", sys.stdin.read().count("\n"))
print(len(todo.items), "items,", sum(it["done"] for it in todo.items), "done")
