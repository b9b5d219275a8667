print("this line never runs because compilation fails first")


def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
