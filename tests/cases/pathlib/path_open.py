import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    log = Path(tmp) / 'events.log'
    with log.open('w') as f:
        f.write('start\n')
        print(type(f).__name__, f.mode)
    with log.open('a', encoding='utf-8') as f:
        for i in range(3):
            print('event', i, file=f)
    with log.open() as f:
        for n, line in enumerate(f, 1):
            print(n, line.rstrip())
    with log.open('rb') as f:
        print(f.read(5), f.mode)
    with log.open('r+') as f:
        f.seek(0, 2)
        f.write('end\n')
    print(log.read_text().splitlines())
    with log.open('rt', newline='') as f:
        print(repr(f.readline()))
    try:
        log.open('x')
    except FileExistsError as e:
        print('FileExistsError:', e.strerror)
    try:
        log.open('rw')
    except ValueError as e:
        print('ValueError:', e)
    with (Path(tmp) / 'crlf.txt').open('w', newline='\r\n') as f:
        f.write('one\ntwo\n')
    print((Path(tmp) / 'crlf.txt').read_bytes())
