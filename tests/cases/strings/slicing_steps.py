s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-3:-1], s[5:2], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1], s[:-11:-1])
print(s[::3], s[::100], s[::-100], s[3:3], s[3:4], s[-1], s[0])
print(s[slice(2, 6)], s[slice(None, None, -3)], slice(1, 5, 2).indices(10), slice(-3, None).indices(4))
for bad in [10, -11]:
    try:
        print(s[bad])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
u = "héllo😀wörld"
print(u[::-1], u[5], u[1:7], len(u), u[-5:])
print(s[True], s[False:True + 5])
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
