def run(commands):
    stack = []
    for line in commands:
        match line.split():
            case ["push", value]:
                stack.append(int(value))
            case ["push", *values]:
                stack.extend(int(v) for v in values)
            case ["pop"]:
                print("popped", stack.pop() if stack else None)
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["dup", n] if n.isdigit():
                stack.extend([stack[-1]] * int(n))
            case ["show"]:
                print("stack:", stack)
            case []:
                print("(blank line)")
            case [cmd, *args]:
                print(f"unknown command {cmd!r} with args {args}")
    return stack

result = run([
    "push 3",
    "push 4 5",
    "show",
    "add",
    "mul",
    "show",
    "dup 2",
    "",
    "jump 1 2",
    "pop",
    "show",
])
print("final", result)
