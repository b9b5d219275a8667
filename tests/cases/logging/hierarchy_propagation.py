import logging
import sys


class ListHandler(logging.Handler):
    def __init__(self, label, level=logging.NOTSET):
        super().__init__(level)
        self.label = label

    def emit(self, record):
        print(f'{self.label} got {record.name}/{record.levelname}: {record.getMessage()}')


root = logging.getLogger()
root.setLevel(logging.DEBUG)
root.addHandler(ListHandler('root'))
app = logging.getLogger('app')
app.addHandler(ListHandler('app', logging.INFO))
db = logging.getLogger('app.db')
db.addHandler(ListHandler('db'))
deep = logging.getLogger('app.db.pool.conn')
print(deep.parent.name, db.parent.name, app.parent.name, root.parent)
pool = logging.getLogger('app.db.pool')
print(deep.parent.name, pool.parent.name)
deep.debug('debug from deep')
deep.info('info from deep')
db.propagate = False
deep.warning('stops at db')
db.propagate = True
app.setLevel(logging.WARNING)
print(deep.getEffectiveLevel(), db.getEffectiveLevel(), app.getEffectiveLevel(), root.getEffectiveLevel())
deep.info('filtered by inherited level')
deep.error('passes')
print(logging.getLogger('app') is app, logging.getLogger('app.db') is db)
print(app.getChild('db') is db, app.getChild('new.child').name, root.getChild('top').name)
print(logging.getLogger('') is root, logging.getLogger(None) is root, logging.getLogger('root') is root)
print(repr(app), repr(deep), repr(root))
print(sorted(logging.Logger.manager.loggerDict))
print(type(logging.Logger.manager.loggerDict['app.new']).__name__)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError:', e)
print(app.hasHandlers(), logging.getLogger('unrelated').hasHandlers())
app.disabled = True
app.error('disabled logger')
print(app.isEnabledFor(logging.CRITICAL))
