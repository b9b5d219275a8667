"""Collect a report in a SpooledTemporaryFile: small reports stay in memory, big ones go to disk."""
import tempfile


def build_report(rows, limit):
    spool = tempfile.SpooledTemporaryFile(max_size=limit, mode='w+')
    spool.write('id,name,score\n')
    for i, (name, score) in enumerate(rows, 1):
        spool.write('%d,%s,%d\n' % (i, name, score))
    return spool


rows = [('ann', 90), ('bob', 72), ('cy', 85)]
for limit in [0, 1000, 40]:
    with build_report(rows * 3, limit) as report:
        on_disk = report._rolled
        report.seek(0)
        lines = report.read().splitlines()
        print('limit=%d on_disk=%s lines=%d last=%r' % (limit, on_disk, len(lines), lines[-1]))
        report.seek(0)
        header = next(iter(report))
        total = sum(int(line.split(',')[2]) for line in report)
        print('  header=%r total=%d' % (header, total))
