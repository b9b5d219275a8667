def greet(name):
    message = "Hello, " + name
    return mesage

print("calling greet")
greet("world")
