def inspect(data):
    match data:
        case [int() as first, *_] as whole:
            return f"int list starting {first}, length {len(whole)}"
        case {"user": {"name": str() as name} as user}:
            return f"user {name} with keys {sorted(user)}"
        case (1 | 2 | 3) as small:
            return f"small number {small}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case ([x, y] | (x, y)) as pair:
            return f"pair {x},{y} as {type(pair).__name__}"
        case _ as anything:
            return f"anything: {anything!r}"

for d in [[5, 6], {"user": {"name": "ann", "age": 3}}, 2, "hello", ("a", "b"), ["p", "q"], 4.5]:
    print(inspect(d))
