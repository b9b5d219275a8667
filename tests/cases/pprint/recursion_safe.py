import pprint

a = [1, 2]
a.append(a)
d = {'self': None, 'list': a}
d['self'] = d
print(pprint.saferepr(a).replace(str(id(a)), "ID"))
print(pprint.isrecursive(a), pprint.isreadable(a))
print(pprint.isrecursive([1, [2]]), pprint.isreadable([1, [2]]))
print(pprint.isreadable({'obj': object()}), pprint.isreadable(3.5), pprint.isreadable('s'))
out = pprint.pformat(d)
print(out.replace(str(id(d)), 'ID').replace(str(id(a)), 'ID'))
printer = pprint.PrettyPrinter()
print(printer.isrecursive(d), printer.isreadable(d), printer.isreadable([1, (2, 3)]))
shared = [1, 2]
print(pprint.pformat([shared, shared]))
print(pprint.saferepr({'k': (1, 2), 'j': [3]}))
print(repr(pprint.saferepr('text')), pprint.saferepr(None))
