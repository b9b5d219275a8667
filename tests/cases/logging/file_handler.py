import logging
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'out.log')
    fh = logging.FileHandler(path, mode='w', encoding='utf-8')
    print(repr(fh).replace(folder, 'DIR'), fh.mode, fh.encoding, fh.delay, fh.baseFilename == os.path.abspath(path))
    fh.setFormatter(logging.Formatter('%(levelname)s|%(message)s'))
    log = logging.getLogger('file')
    log.addHandler(fh)
    log.propagate = False
    log.warning('one')
    log.error('two: %s', 'ünïcode')
    fh.close()
    print(fh.stream)
    log.warning('after close reopens in append? no: mode w')
    with open(path, encoding='utf-8') as f:
        print(f.read(), end='')
    log.removeHandler(fh)

    delayed_path = os.path.join(folder, 'delayed.log')
    dh = logging.FileHandler(delayed_path, delay=True)
    print(os.path.exists(delayed_path), dh.stream)
    log.addHandler(dh)
    log.warning('creates the file')
    print(os.path.exists(delayed_path))
    dh.close()
    log.warning('reopened after close (mode a)')
    dh.close()
    with open(delayed_path) as f:
        print(f.read(), end='')
    log.removeHandler(dh)

    ah = logging.FileHandler(delayed_path)
    log.addHandler(ah)
    log.error('appended line')
    ah.close()
    with open(delayed_path) as f:
        print(f.read(), end='')
    log.removeHandler(ah)
    try:
        logging.FileHandler(os.path.join(folder, 'no', 'such', 'dir.log'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
