import sys
from typing import get_type_hints, List
count: int = 0
names: "List[str]" = []
print(get_type_hints(sys.modules[__name__]))
print(__annotations__)
