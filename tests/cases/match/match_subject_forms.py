x, y = 1, 2
match x, y:
    case 1, 2:
        print("tuple subject without parens")

match (x + y):
    case 3:
        print("expression subject")

match [x, *[y, 3]]:
    case [1, 2, 3]:
        print("starred subject")

def f():
    return {"status": "ok"}

match f():
    case {"status": status}:
        print("call subject ->", status)

match = "match is a soft keyword"
case = 5
print(match, case)
_ = "underscore is a name"
print(_)
