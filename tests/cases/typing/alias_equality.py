from typing import List, Dict, Literal
print(List[int] == List[int], List[int] == List[str], List[int] == list[int])
print(hash(List[int]) == hash(List[int]))
print(Dict[str, int] != Dict[str, str])
d = {List[int]: "li", Dict[str, int]: "dsi"}
print(d[List[int]], d[Dict[str, int]])
