from enum import Enum
class Field(Enum):
    name = 'n'
    value = 'v'
print(Field.name, Field.value, Field.name.name, Field.value.value, Field['name'])
