from typing import TypeVarTuple, Unpack, Tuple
Ts = TypeVarTuple("Ts")
print(Ts, Unpack[Ts], *Ts, Ts.__name__)
print(Unpack)
