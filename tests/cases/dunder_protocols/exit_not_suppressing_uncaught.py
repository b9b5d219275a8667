class Transaction:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"BEGIN {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"COMMIT {self.name}")
        else:
            print(f"ROLLBACK {self.name} because {exc_type.__name__}: {exc}")
        return False


with Transaction("t1"):
    print("work 1")

with Transaction("t2"):
    print("work 2")
    raise ValueError("constraint violated")

print("never printed")
