"""A settings loader that warns about deprecated and unknown keys, then reports them."""
import warnings


class SettingsWarning(UserWarning):
    pass


class DeprecatedSetting(SettingsWarning, DeprecationWarning):
    pass


RENAMED = {'colour': 'color', 'verbose_level': 'verbosity'}
KNOWN = {'color', 'verbosity', 'name', 'retries'}


def load(raw):
    settings = {}
    for key, value in raw.items():
        if key in RENAMED:
            warnings.warn(f'{key!r} is deprecated, use {RENAMED[key]!r}', DeprecatedSetting, stacklevel=2)
            key = RENAMED[key]
        elif key not in KNOWN:
            warnings.warn(f'unknown setting {key!r} ignored', SettingsWarning, stacklevel=2)
            continue
        settings[key] = value
    return settings


raw = {'colour': 'blue', 'name': 'demo', 'retires': 3, 'verbose_level': 2}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    result = load(raw)
print(result)
for w in caught:
    print(f'{w.category.__name__}: {w.message} (line {w.lineno})')

print(load({'colour': 'red'}))
print(load({'colour': 'red'}))
warnings.simplefilter('error', SettingsWarning)
try:
    load({'bogus': 1})
except SettingsWarning as e:
    print('strict mode:', e)
