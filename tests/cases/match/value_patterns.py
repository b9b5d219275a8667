class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Status:
    OK = 200
    NOT_FOUND = 404

def paint(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown colour"

for c in ["red", "blue", "green", "purple"]:
    print(c, paint(c))

def http(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "missing"
        case _:
            return f"code {code}"

print(http(200), http(404), http(500))

OK = 200
match 500:
    case OK:
        print("capture pattern binds! OK =", OK)
