def stub():
    pass
print(stub())
def stub2():
    ...
print(stub2())
print(...)
print(Ellipsis is ...)
class Empty:
    pass
print(type(Empty).__name__)
x = [1, 2, 3]
print(x[...] if False else "ok")
while False:
    pass
for _ in range(2):
    pass
if True:
    pass
print(type(...).__name__)
