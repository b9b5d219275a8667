ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["key"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {name: dict(info, items=list(info["items"])) for name, info in rooms.items()}
        self.location = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"

    def look(self):
        room = self.rooms[self.location]
        exits = ", ".join(sorted(room["exits"]))
        items = ", ".join(room["items"]) or "nothing"
        return f"[{self.location}] {room['desc']} Exits: {exits}. You see: {items}."

    def go(self, direction):
        room = self.rooms[self.location]
        if direction not in room["exits"]:
            return "You can't go that way."
        target = room["exits"][direction]
        if self.rooms[target].get("locked"):
            if "key" in self.inventory:
                self.rooms[target]["locked"] = False
                msg = "You unlock the way. "
            else:
                return "It's locked."
        else:
            msg = ""
        if target == "cellar" and "lamp" not in self.inventory:
            self.state = "dead"
            return msg + "You stumble in the dark and fall. Game over."
        self.location = target
        return msg + self.look()

    def take(self, item):
        room = self.rooms[self.location]
        if item not in room["items"]:
            return f"There is no {item} here."
        room["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
            return "You found the treasure! You win."
        return f"Taken: {item}."

    def command(self, line):
        words = line.strip().lower().split()
        if not words:
            return "Say something."
        self.moves += 1
        verb, *rest = words
        if verb in ("n", "s", "e", "w", "u", "d"):
            verb, rest = "go", [{"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}[verb]]
        handlers = {"look": lambda: self.look(), "inv": lambda: "Carrying: " + (", ".join(self.inventory) or "nothing")}
        if verb == "go" and rest:
            return self.go(rest[0])
        if verb == "take" and rest:
            return self.take(" ".join(rest))
        if verb in handlers:
            return handlers[verb]()
        self.moves -= 1
        return f"I don't understand {line.strip()!r}."


def play(script):
    g = Game(ROOMS)
    print(g.look())
    for line in script:
        print(">", line)
        print(g.command(line))
        if g.state != "playing":
            break
    print(f"state={g.state} moves={g.moves} inv={g.inventory}")
    print()


play(["take lamp", "e", "d", "n", "w", "n", "take key", "take key", "s", "e", "down", "go down", "inv", "take treasure", "look"])
play(["e", "go down", "w", "n", "take key", "s", "e", "d"])
play(["", "dance", "go sideways", "LOOK"])
