class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return self.width * self.height

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.width = w
        self.height = h

print(Rect(2, 3).area())
print(Shape("blob").area())
