big = [i for i in range(100000)]
print(len(big), big[-1], sum(big))
evens = [i for i in big if i % 2 == 0]
print(len(evens))
print({i % 7 for i in big})
d = {i: i for i in range(1000)}
print(len(d), d[999])
print([x for x in []], {x for x in ()}, {k: k for k in ""})
print([x for x in range(5) if False])
print(list(x for x in range(0)))
nested_empty = [[y for y in range(x)] for x in range(4)]
print(nested_empty)
