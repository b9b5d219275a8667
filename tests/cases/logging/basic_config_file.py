import logging
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'app.log')
    logging.basicConfig(filename=path, filemode='w', level=logging.INFO,
                        format='%(levelname)s:%(message)s', encoding='utf-8')
    handler = logging.root.handlers[0]
    print(type(handler).__name__, handler.mode, handler.encoding,
          os.path.relpath(handler.baseFilename, folder), handler.level)
    logging.info('first line')
    logging.warning('ünïcode line')
    logging.debug('not written')
    logging.basicConfig(filename=path, filemode='a', format='%(message)s', force=True)
    logging.warning('appended')
    for h in logging.root.handlers[:]:
        h.close()
        logging.root.removeHandler(h)
    with open(path, encoding='utf-8') as f:
        print(f.read(), end='')
    logging.basicConfig(handlers=[logging.FileHandler(path, delay=True)], force=True,
                        format='[%(levelname)s] %(message)s')
    h = logging.root.handlers[0]
    print(h.stream, h.delay)
    logging.error('through handlers=')
    h.close()
    with open(path, encoding='utf-8') as f:
        print(f.read(), end='')
    logging.root.removeHandler(h)
