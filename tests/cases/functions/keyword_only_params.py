def connect(host, port=80, *, timeout=10, retries):
    return f"{host}:{port} timeout={timeout} retries={retries}"

print(connect("a", retries=1))
print(connect("b", 8080, retries=2, timeout=5))
print(connect(host="c", retries=0))

try:
    connect("a", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

try:
    connect("a")
except TypeError as e:
    print(type(e).__name__, e)

def kwonly_all(*, a, b=2, c):
    return a, b, c

print(kwonly_all(a=1, c=3))
try:
    kwonly_all(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly_all()
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly_all(a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(connect.__kwdefaults__)
print(kwonly_all.__kwdefaults__)
print(connect.__defaults__)
