from typing import List, Optional, Union
x = int | None
print(x, type(x))
print(int | str | None)
print(int | List[int])
print(List[int] | None)
print(Optional[int] | str)
print(Union[int, str] | None, None | Union[int, str])
print(Union[int, str] == (int | str))
