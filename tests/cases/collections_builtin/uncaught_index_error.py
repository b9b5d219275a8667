def middle(items):
    return items[len(items) // 2]

print(middle([1, 2, 3]))
print(middle("abcd"))
print(middle([]))
