def attempt(label, fn):
    try:
        print(f"{label:<30} ok: {fn()!r}")
    except (TypeError, ValueError) as e:
        print(f"{label:<30} {type(e).__name__}: {e}")


def f(*args, **kwargs):
    return args, kwargs


attempt("list display * int", lambda: [*5])
attempt("tuple display * None", lambda: (*None,))
attempt("set display * float", lambda: {*1.5})
attempt("dict display ** list", lambda: {**[1, 2]})
attempt("dict display ** int", lambda: {**7})
attempt("dict display ** str", lambda: {**"ab"})
attempt("dict display ** pairs", lambda: {**[("a", 1)]})
attempt("call * int", lambda: f(*5))
attempt("call ** list", lambda: f(**[1]))
attempt("call ** None", lambda: f(**None))
attempt("call ** non-str keys", lambda: f(**{1: 2}))
attempt("call dup via **", lambda: f(**{"a": 1}, **{"a": 2}))
attempt("call dup kw then **", lambda: f(a=1, **{"a": 2}))
attempt("dict() ** non-str keys", lambda: dict(**{1: 2}))
attempt("dict display ** non-str ok", lambda: {**{1: 2}})
attempt("call ** str keys", lambda: f(**{"x": 1}))


class Mapping:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, key):
        return key.upper()


attempt("** custom mapping", lambda: f(**Mapping()))
attempt("dict display custom mapping", lambda: {**Mapping()})


class NoGetItem:
    def keys(self):
        return ["a"]


attempt("** keys but no getitem", lambda: f(**NoGetItem()))


def kwonly(*, a):
    return a


attempt("positional to kwonly via *", lambda: kwonly(*[1]))
attempt("kwonly via **", lambda: kwonly(**{"a": 1}))
attempt("unexpected kw via **", lambda: kwonly(**{"a": 1, "b": 2}))
