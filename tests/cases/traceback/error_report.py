"""Run a batch of jobs, collect failures, and print a compact report of each."""
import traceback


def job_parse():
    return int('12x')


def job_lookup():
    table = {'a': 1}
    return table['b']


def job_divide():
    total, count = 10, 0
    return total / count


def job_ok():
    return sum(range(5))


def job_nested():
    try:
        job_lookup()
    except KeyError as exc:
        raise RuntimeError('lookup stage failed') from exc


results = {}
failures = []
for job in (job_parse, job_lookup, job_divide, job_ok, job_nested):
    try:
        results[job.__name__] = job()
    except Exception as exc:
        failures.append((job.__name__, exc))

print('results:', results)
for name, exc in failures:
    last = traceback.extract_tb(exc.__traceback__)[-1]
    summary = traceback.format_exception_only(exc)[-1].strip()
    print(f'{name}: {summary} (at line {last.lineno} in {last.name}: {last.line})')
print('=' * 40)
name, exc = failures[-1]
print(''.join(traceback.format_exception(exc)), end='')
