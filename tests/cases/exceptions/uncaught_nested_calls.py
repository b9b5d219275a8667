def parse_record(line):
    name, value = line.split("=")
    return name, int(value)

def load(lines):
    return dict(parse_record(l) for l in lines)

def main():
    good = load(["a=1", "b=2"])
    print(good)
    load(["c=3", "d=four"])

main()
