"""A small build runner: runs the steps of a build in a scratch project, captures what they
print, stops at the first failure and reports it."""
import os
import subprocess
import sys
import tempfile


class StepFailed(Exception):
    def __init__(self, step, error):
        super().__init__(step.name)
        self.step = step
        self.error = error


class Step:
    def __init__(self, name, command, shell=False, allowed_codes=(0,), timeout=10):
        self.name = name
        self.command = command
        self.shell = shell
        self.allowed_codes = allowed_codes
        self.timeout = timeout

    def run(self, workdir, env):
        result = subprocess.run(self.command, shell=self.shell, cwd=workdir, env=env,
                                capture_output=True, text=True, timeout=self.timeout)
        if result.returncode not in self.allowed_codes:
            raise subprocess.CalledProcessError(result.returncode, self.command,
                                                result.stdout, result.stderr)
        return result


class Builder:
    def __init__(self, workdir):
        self.workdir = workdir
        self.env = {'PATH': os.environ.get('PATH', '/bin:/usr/bin'), 'BUILD_MODE': 'release',
                    'LC_ALL': 'C'}
        self.log = []

    def run_steps(self, steps):
        for number, step in enumerate(steps, 1):
            try:
                result = step.run(self.workdir, self.env)
            except subprocess.CalledProcessError as e:
                self.log.append((step.name, 'FAILED', e.returncode))
                raise StepFailed(step, e) from e
            except subprocess.TimeoutExpired as e:
                self.log.append((step.name, 'TIMEOUT', None))
                raise StepFailed(step, e) from e
            except FileNotFoundError as e:
                self.log.append((step.name, 'MISSING', None))
                raise StepFailed(step, e) from e
            lines = result.stdout.splitlines()
            self.log.append((step.name, 'ok', len(lines)))
            print(f'[{number}/{len(steps)}] {step.name}: ok ({len(lines)} lines)')
            for line in lines:
                print('    |', line)


def make_project(root):
    os.mkdir(os.path.join(root, 'src'))
    sources = {'main.txt': 'main\nuses util\n', 'util.txt': 'util\n', 'extra.txt': 'extra\n'}
    for name, text in sources.items():
        with open(os.path.join(root, 'src', name), 'w') as f:
            f.write(text)


STEPS = [
    Step('configure', ['sh', '-c', 'mkdir -p build && echo "mode=$BUILD_MODE" > build/config'
                                   ' && cat build/config']),
    Step('list sources', ['ls', 'src']),
    Step('compile', 'for f in src/*.txt; do tr a-z A-Z < "$f" > build/$(basename "$f" .txt).o;'
                    ' echo "compiled $f"; done', shell=True),
    Step('link', 'cat build/*.o > build/app && wc -l < build/app', shell=True),
    Step('check', ['grep', '-c', 'UTIL', 'build/app'], allowed_codes=(0, 1)),
]

BROKEN = [
    Step('configure', ['true']),
    Step('test', ['sh', '-c', 'echo "running 3 tests"; echo "test_two FAILED" >&2; exit 2']),
    Step('never reached', ['echo', 'unreachable']),
]

SLOW = [Step('hang', ['sleep', '10'], timeout=0.3)]
MISSING = [Step('tool', ['no-such-build-tool-xyz'])]


def report(builder, failure):
    print('build failed at step:', failure.step.name)
    error = failure.error
    if isinstance(error, subprocess.CalledProcessError):
        print('  reason:', error)
        print('  stdout:', error.stdout.splitlines())
        print('  stderr:', error.stderr.splitlines())
    elif isinstance(error, subprocess.TimeoutExpired):
        print('  reason: timed out after', error.timeout, 'seconds')
    else:
        print('  reason:', type(error).__name__, error.strerror, error.filename)
    print('  log:', builder.log)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        make_project(tmp)
        builder = Builder(tmp)
        builder.run_steps(STEPS)
        with open(os.path.join(tmp, 'build', 'app')) as f:
            print('artifact:', f.read().split())
        print('log:', builder.log)

        failures = 0
        for steps in (BROKEN, SLOW, MISSING):
            builder = Builder(tmp)
            try:
                builder.run_steps(steps)
            except StepFailed as failure:
                failures += 1
                report(builder, failure)
        print(f'{failures} failing builds')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
