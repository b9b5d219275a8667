class LibraryError(Exception):
    pass


class BookUnavailable(LibraryError):
    pass


class Library:
    def __init__(self):
        self.books = {}
        self.loans = {}

    def add(self, isbn, title, copies=1):
        self.books[isbn] = {"title": title, "copies": copies}

    def checkout(self, isbn, member):
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f"unknown isbn {isbn}")
        out = sum(1 for (i, _m) in self.loans if i == isbn)
        if out >= book["copies"]:
            raise BookUnavailable(f"all {book['copies']} copies of {book['title']!r} are out")
        self.loans[isbn, member] = True
        print(f"{member} borrowed {book['title']!r}")

    def give_back(self, isbn, member):
        del self.loans[isbn, member]
        print(f"{member} returned {self.books[isbn]['title']!r}")


def process(lib, requests):
    for action, isbn, member in requests:
        try:
            if action == "out":
                lib.checkout(isbn, member)
            else:
                lib.give_back(isbn, member)
        except BookUnavailable as e:
            print("waitlist:", e)


lib = Library()
lib.add("111", "Dune", 2)
lib.add("222", "Emma")
process(lib, [("out", "111", "ann"), ("out", "111", "bob"), ("out", "111", "cy"),
              ("in", "111", "ann"), ("out", "111", "cy"), ("out", "222", "ann")])
print("loans:", sorted(lib.loans))
process(lib, [("out", "333", "dee")])
print("not reached")
