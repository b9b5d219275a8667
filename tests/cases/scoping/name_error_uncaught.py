def greet(name):
    message = f"hello, {name}"
    return mesage


print("calling greet")
greet("world")
