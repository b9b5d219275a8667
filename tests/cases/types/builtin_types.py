import types, sys
def f():
    pass
class C:
    def m(self):
        pass
def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.FunctionType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(f.__code__, types.CodeType), isinstance(gen(), types.GeneratorType))
c = coro()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(agen(), types.AsyncGeneratorType), isinstance(sys, types.ModuleType))
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
print(type(None) is types.NoneType, type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)
print(types.GenericAlias, list[int].__origin__, types.GenericAlias(list, (int,)) == list[int])
print(types.FunctionType.__name__, types.ModuleType.__name__, types.GeneratorType.__name__)
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
