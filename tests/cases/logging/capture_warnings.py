import logging
import sys
import warnings

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(name)s %(levelname)s: %(message)s'))
logging.getLogger('py.warnings').addHandler(handler)
logging.captureWarnings(True)
print(warnings.showwarning is logging._showwarning)
warnings.warn('routed through logging')
warnings.warn_explicit('explicit one', RuntimeWarning, 'mod.py', 7)
warnings.showwarning('with a file goes to the file', UserWarning, 'f.py', 1, file=sys.stdout)
logging.captureWarnings(True)
logging.captureWarnings(False)
print(warnings.showwarning is logging._showwarning)
warnings.warn_explicit('back to stderr', UserWarning, 'mod.py', 8)
logging.captureWarnings(False)
