from typing import *
T = TypeVar("T")
for tp in [List[int], list[int], int, Union[int, str], int | str, Literal[1], Annotated[int, 1],
           Callable[[int], str], Generic, Generic[T], ClassVar[int], List, Dict[str, int], Tuple[()],
           tuple[()], Optional[int], Callable[..., int]]:
    print(get_origin(tp), get_args(tp))
