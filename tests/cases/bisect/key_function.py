import bisect

records = [('alice', 25), ('bob', 30), ('carol', 30), ('dave', 41)]
ages = lambda r: r[1]
print(bisect.bisect_left(records, 30, key=ages), bisect.bisect_right(records, 30, key=ages))
print(bisect.bisect(records, 100, key=ages), bisect.bisect_left(records, 0, key=ages))
bisect.insort(records, ('eve', 30), key=ages)
bisect.insort_left(records, ('fay', 30), key=ages)
bisect.insort_right(records, ('gus', 18), key=ages)
print(records)
words = ['a', 'bb', 'ccc', 'dddd']
print(bisect.bisect_left(words, 3, key=len), bisect.bisect_right(words, 3, key=len, lo=1, hi=3))
bisect.insort(words, 'xx', key=len)
print(words)
