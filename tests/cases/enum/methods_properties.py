from enum import Enum
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return f"my custom str! {self.value}"
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
    @staticmethod
    def helper():
        return "static"
    @property
    def doubled(self):
        return self.value * 2
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), Mood.helper(), Mood.FUNKY.doubled)
print(repr(Mood.FUNKY), f"{Mood.FUNKY}")
