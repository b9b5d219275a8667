from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(',.').lower() for w in text.split()]
freq = Counter(words)
print(freq.most_common(5))
print(len(freq), freq.total(), freq['it'], freq['nothing'])
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(6))
print(''.join(sorted(letters.elements()))[:40])
by_len = Counter(len(w) for w in words)
print(sorted(by_len.items()))
print(Counter(words[:6]))
vowels = Counter({v: letters[v] for v in 'aeiou'})
print(vowels, vowels.most_common()[-1])
first = Counter('the first sentence here')
second = Counter('and the second one here')
print((first & second).most_common(3))
print(sorted((first - second).elements()))
print(sum((first | second).values()), (first + second).total())
stock = Counter(apples=5, pears=2)
order = Counter(apples=3, pears=4, kiwis=1)
stock.subtract(order)
print(stock, +stock, -stock)
print(Counter({'b': 2, 'a': 2, 'c': 2, 'd': 3}).most_common())
