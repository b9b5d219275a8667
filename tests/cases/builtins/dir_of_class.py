class Base:
    base_attr = 1
    def base_method(self):
        pass

class Simple(Base):
    """Doc."""
    class_attr = 2
    def __init__(self):
        self.instance_attr = 3
    def method(self):
        pass
    @property
    def prop(self):
        return 4
    @staticmethod
    def static():
        pass

public = [n for n in dir(Simple) if not n.startswith("_")]
print(public)
print([n for n in dir(Simple()) if not n.startswith("_")])
print("__init__" in dir(Simple), "__doc__" in dir(Simple), "instance_attr" in dir(Simple))
print(dir(Simple) == sorted(dir(Simple)))

def f():
    local_a = 1
    local_b = 2
    return dir()

print(f())

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]

print(dir(Custom()))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
