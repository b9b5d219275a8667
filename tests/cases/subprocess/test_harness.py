"""A miniature test harness: each test is a shell command with an expected output; the
harness runs them all, compares and prints a summary like a CI job would."""
import subprocess

TESTS = [
    ('echo works', ['echo', 'hello'], 'hello\n'),
    ('arithmetic', 'echo $((6 * 7))', '42\n'),
    ('sorting', 'printf "c\\nb\\na\\n" | sort', 'a\nb\nc\n'),
    ('word count', 'printf "a b c" | wc -w | tr -d " "', '3\n'),
    ('wrong answer', 'echo 41', '42\n'),
    ('crashes', 'echo oops >&2; exit 3', ''),
    ('upper', ['tr', 'a-z', 'A-Z'], 'INPUT\n'),
    ('too slow', ['sleep', '5'], ''),
]


def run_test(name, command, expected):
    try:
        result = subprocess.run(command, shell=isinstance(command, str), input='input\n',
                                capture_output=True, text=True, timeout=0.5, check=True)
    except subprocess.CalledProcessError as e:
        return 'ERROR', f'exit status {e.returncode}, stderr {e.stderr.strip()!r}'
    except subprocess.TimeoutExpired:
        return 'TIMEOUT', 'killed after 0.5s'
    if result.stdout != expected:
        return 'FAIL', f'expected {expected!r}, got {result.stdout!r}'
    return 'PASS', ''


def main():
    counts = {}
    for name, command, expected in TESTS:
        status, detail = run_test(name, command, expected)
        counts[status] = counts.get(status, 0) + 1
        line = f'{status:8} {name}'
        if detail:
            line += f' -- {detail}'
        print(line)
    print('summary:', ', '.join(f'{k}={v}' for k, v in sorted(counts.items())))
    return counts.get('PASS', 0) == len(TESTS)


print('all passed' if main() else 'some tests failed')
