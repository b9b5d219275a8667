import warnings


def emit(tag):
    warnings.warn(f'{tag} message', UserWarning)
    warnings.warn(f'{tag} runtime', RuntimeWarning)


warnings.simplefilter('ignore', RuntimeWarning)
emit('first')
emit('first')
warnings.simplefilter('always', UserWarning)
emit('second')
emit('second')
warnings.resetwarnings()
print(warnings.filters)
emit('third')
warnings.filterwarnings('ignore', message='fourth')
emit('fourth')
warnings.filterwarnings('error', message='.*runtime', category=RuntimeWarning)
try:
    emit('fifth')
except RuntimeWarning as exc:
    print('raised:', repr(exc))
warnings.filterwarnings('ignore', module='__main__', lineno=6)
emit('sixth')
print([(a, getattr(m, 'pattern', m), c.__name__, getattr(mod, 'pattern', mod), ln)
       for a, m, c, mod, ln in warnings.filters])
warnings.simplefilter('default', append=True)
print(warnings.filters[-1])
warnings.simplefilter('ignore')
warnings.simplefilter('ignore')
print(len(warnings.filters), warnings.filters[0])
try:
    warnings.simplefilter('sometimes')
except AssertionError as e:
    print('AssertionError:', e)
try:
    warnings.filterwarnings('error', category=int)
except AssertionError as e:
    print('AssertionError:', e)
try:
    warnings.filterwarnings('error', lineno=-1)
except AssertionError as e:
    print('AssertionError:', e)
