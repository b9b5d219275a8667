import types
mod = types.ModuleType('plugins', 'Plugin holder.')
print(mod.__name__, mod.__doc__)
mod.value = 42
exec("def hello():\n    return 'hi from ' + __name__", mod.__dict__)
print(mod.hello(), mod.value, sorted(k for k in vars(mod) if not k.startswith('__')))
print(isinstance(mod, types.ModuleType), types.ModuleType('x').__doc__)
