def parse(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"expected a number, got {text!r}") from None


print(parse("12"))
print(parse("twelve"))
