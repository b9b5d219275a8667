class Config(dict):
    pass

def get_port(m):
    match m:
        case {"port": int(p)}:
            return p
        case {"port": str(p)} if p.isdigit():
            return int(p)
        case {"port": bad}:
            return f"bad port {bad!r}"
        case _:
            return "no port"

for m in [{"port": 80}, {"port": "8080"}, {"port": "http"}, Config(port=22), {}, [("port", 1)], "port"]:
    print(get_port(m))

match {1: "one", 2: "two"}:
    case {1: v, 2: w}:
        print("int keys", v, w)

match {"a": 1}:
    case {**rest}:
        print("** only", rest)
