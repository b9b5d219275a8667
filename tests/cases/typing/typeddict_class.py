from typing import TypedDict


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)



class Movie(TypedDict):
    name: str
    year: int

m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(Movie.__mro__, type(Movie).__name__)
m2: Movie = {"name": "Alien", "year": 1979}
print(m2["name"])
attempt(lambda: isinstance({}, Movie))
attempt(lambda: issubclass(dict, Movie))
attempt(lambda: Movie(1))
print(Movie({"name": "x"}, year=2))
