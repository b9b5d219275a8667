def process(items, factor):
    return [i * factor for i in items]

def main():
    print(process([1, 2, 3], 2))
    print(process([1, 2, 3]))

main()
