def parse_numbers(items):
    for item in items:
        yield int(item)

def doubled(nums):
    for n in nums:
        yield n * 2

def main():
    data = ["1", "2", "three", "4"]
    for value in doubled(parse_numbers(data)):
        print(value)

main()
