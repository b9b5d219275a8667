"""Open a set of resources (real files plus pretend connections) with an ExitStack, making
sure everything opened is released in reverse order, whatever fails."""
import os
import tempfile
from contextlib import ExitStack, contextmanager

events = []


class Connection:
    def __init__(self, host, fail_on_close=False):
        self.host = host
        self.fail_on_close = fail_on_close
        self.open = False

    def __enter__(self):
        events.append(f"connect {self.host}")
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        events.append(f"disconnect {self.host}"
                      + (f" after {exc_type.__name__}" if exc_type else ""))
        if self.fail_on_close:
            raise OSError(f"{self.host} did not close cleanly")
        return False


@contextmanager
def lock(name):
    events.append(f"lock {name}")
    try:
        yield name
    finally:
        events.append(f"unlock {name}")


class ResourceManager:
    def __init__(self, folder):
        self.folder = folder
        self._stack = ExitStack()
        self.files = {}
        self.connections = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._stack.__exit__(*exc)

    def open_file(self, name, mode="w"):
        handle = self._stack.enter_context(open(os.path.join(self.folder, name), mode))
        self._stack.callback(events.append, f"closed file {name}")
        self.files[name] = handle
        return handle

    def connect(self, host, **options):
        conn = self._stack.enter_context(Connection(host, **options))
        self.connections.append(conn)
        return conn

    def hold(self, name):
        return self._stack.enter_context(lock(name))


with tempfile.TemporaryDirectory() as folder:
    with ResourceManager(folder) as rm:
        out = rm.open_file("report.txt")
        rm.connect("db")
        rm.hold("report")
        out.write("line 1\n")
        rm.connect("cache")
        out.write("line 2\n")
        events.append("work done")
    print("\n".join(events))
    print("all closed:", all(f.closed for f in rm.files.values()),
          not any(c.open for c in rm.connections))
    with open(os.path.join(folder, "report.txt")) as f:
        print(repr(f.read()))

    events.clear()
    try:
        with ResourceManager(folder) as rm:
            rm.open_file("partial.txt").write("x")
            rm.connect("flaky", fail_on_close=True)
            rm.connect("primary")
            raise ValueError("processing failed")
    except OSError as e:
        print("OSError:", e)
        print("context:", repr(e.__context__))
    print("\n".join(events))
    print(sorted(os.listdir(folder)))

    events.clear()

    def all_or_nothing(hosts):
        with ExitStack() as stack:
            conns = [stack.enter_context(Connection(h)) for h in hosts]
            if "bad" in hosts:
                raise ConnectionError("refusing bad host")
            return conns, stack.pop_all()

    conns, keeper = all_or_nothing(["a", "b"])
    events.append("kept open: " + ", ".join(c.host for c in conns if c.open))
    try:
        all_or_nothing(["c", "bad"])
    except ConnectionError as e:
        events.append(f"error: {e}")
    keeper.close()
    print("\n".join(events))
