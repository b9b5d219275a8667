import pathlib
import subprocess


def attempt(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '-> ok')


attempt('capture_output + stdout', subprocess.run, ['true'], capture_output=True,
        stdout=subprocess.PIPE)
attempt('capture_output + stderr', subprocess.run, ['true'], capture_output=True,
        stderr=subprocess.DEVNULL)
attempt('capture_output + stdout None', subprocess.run, ['true'], capture_output=True,
        stdout=None)
attempt('input + stdin', subprocess.run, ['cat'], input=b'x', stdin=subprocess.PIPE)
attempt('input + stdin None', subprocess.run, ['cat'], input=b'x', stdin=None,
        stdout=subprocess.DEVNULL)
attempt('text vs universal_newlines', subprocess.run, ['true'], text=True,
        universal_newlines=False)
attempt('text == universal_newlines', subprocess.run, ['true'], text=True,
        universal_newlines=True)
attempt('bufsize str', subprocess.Popen, ['true'], bufsize='big')
attempt('bufsize float', subprocess.Popen, ['true'], bufsize=1.0)
attempt('startupinfo', subprocess.Popen, ['true'], startupinfo=object())
attempt('creationflags', subprocess.Popen, ['true'], creationflags=8)
attempt('check_output stdout', subprocess.check_output, ['true'], stdout=subprocess.PIPE)
attempt('check_output check', subprocess.check_output, ['true'], check=True)
attempt('unknown keyword', subprocess.Popen, ['true'], colour='blue')
attempt('no args', subprocess.Popen)
attempt('run no args', subprocess.run)
attempt('empty list', subprocess.run, [])
attempt('int args', subprocess.run, 42)
attempt('None args', subprocess.run, None)
attempt('int in list', subprocess.run, ['echo', 1])
attempt('None in list', subprocess.run, ['echo', None])
attempt('nul in arg', subprocess.run, ['echo', 'a\0b'])
attempt('nul in program', subprocess.run, ['ec\0ho'])
attempt('nul in bytes arg', subprocess.run, ['echo', b'a\0b'])
attempt('env key with =', subprocess.run, ['true'], env={'A=B': 'c'})
attempt('env int value', subprocess.run, ['true'], env={'A': 1})
attempt('env nul value', subprocess.run, ['true'], env={'A': 'x\0y'})
attempt('env not a mapping', subprocess.run, ['true'], env=['A=b'])
attempt('path-like with shell', subprocess.run, pathlib.PurePath('x'), shell=True)
attempt('bad stdin fd', subprocess.run, ['true'], stdin=987)
attempt('stdin STDOUT', subprocess.run, ['true'], stdin=subprocess.STDOUT)
attempt('stdout STDOUT', subprocess.run, ['true'], stdout=subprocess.STDOUT)
attempt('stdout object', subprocess.run, ['true'], stdout=object())
# After all those failures nothing is left open or broken.
print(subprocess.run(['echo', 'done'], capture_output=True).stdout)
