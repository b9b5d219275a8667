import traceback


def show(func):
    try:
        func()
    except Exception:
        lines = traceback.format_exc().splitlines()
        print('\n'.join(lines[3:]))
        print()


data = {'items': [1, 2, 3]}
zero = 0


def binop():
    return data['items'][0] / zero


def binop_spaces():
    result = 10  //   zero
    return result


def subscript():
    value = data['items'][10]
    return value


def missing_key():
    return data ['nope']


def call():
    x = int('not a number') + 1
    return x


def attribute():
    y = data.missing_attribute
    return y


def whole_line():
    int('abc')


def power():
    return (2 + 3) ** 'x'


def multiline():
    return (1 +
            zero / zero)


def nested_call():
    return max(1, len(data['items'][5:]) + None)


for func in (binop, binop_spaces, subscript, missing_key, call, attribute, whole_line, power, multiline, nested_call):
    show(func)
