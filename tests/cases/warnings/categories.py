import warnings


class PluginWarning(UserWarning):
    """Raised by the plugin system."""


class SlowPluginWarning(PluginWarning):
    pass


warnings.showwarning = lambda m, c, f, l, file=None, line=None: print(f'line {l}: {c.__name__}: {m}')
warnings.filterwarnings('error', category=SlowPluginWarning)
warnings.warn('plain plugin note', PluginWarning)
try:
    warnings.warn('plugin too slow', SlowPluginWarning)
except PluginWarning as e:
    print('escalated:', type(e).__name__, e)
warnings.warn(SlowPluginWarning('as instance'), UserWarning) if False else None
warnings.filterwarnings('ignore', category=PluginWarning)
warnings.warn('ignored now', SlowPluginWarning)
warnings.warn('still shown', UserWarning)
for cat in (DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning,
            FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning):
    warnings.warn(f'a {cat.__name__}', cat)
try:
    warnings.warn('bad category', int)
except TypeError as e:
    print('TypeError:', e)
try:
    warnings.warn('bad category', 'UserWarning')
except TypeError as e:
    print('TypeError:', e)
warnings.warn(PluginWarning('instance wins'), RuntimeWarning)
print(issubclass(SlowPluginWarning, Warning), warnings.defaultaction)
