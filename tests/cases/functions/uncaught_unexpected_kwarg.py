class Config:
    def __init__(self, name, debug=False):
        self.name = name
        self.debug = debug

def build():
    c = Config("app", debug=True)
    print(c.name, c.debug)
    return Config("app", verbose=True)

build()
