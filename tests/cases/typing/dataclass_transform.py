from typing import dataclass_transform

@dataclass_transform()
def model(cls):
    return cls

@dataclass_transform(kw_only_default=True, field_specifiers=(int,), extra=1)
class ModelBase:
    pass

print(model.__dataclass_transform__)
print(ModelBase.__dataclass_transform__)

@model
class User:
    name: str
print(User.__annotations__)
