"""csvsummary: a command-line tool that summarizes the columns of a CSV file.

Numeric columns get count, sum, mean, min and max; text columns get their most common
values. The delimiter is sniffed unless given."""
import argparse
import csv
import sys
from collections import Counter


def build_parser():
    p = argparse.ArgumentParser(
        prog="csvsummary",
        description="Summarize the columns of a CSV file: numeric columns get count, sum, "
                    "mean, min and max; text columns get their most common values.",
        epilog="Use '-' as FILE to read the CSV data from standard input.")
    p.add_argument("file", metavar="FILE", help="CSV file to read ('-' for stdin)")
    p.add_argument("-d", "--delimiter", default=None,
                   help="field delimiter (default: sniffed from the data)")
    p.add_argument("-c", "--columns", metavar="NAME", nargs="+",
                   help="only summarize these columns")
    p.add_argument("-t", "--top", type=int, default=3, metavar="N",
                   help="how many top values to show for text columns (default: %(default)s)")
    p.add_argument("--precision", type=int, default=2,
                   help="decimal places for means (default: %(default)s)")
    p.add_argument("--format", choices=["text", "csv"], default="text",
                   help="output format (default: %(default)s)")
    p.add_argument("--no-header", action="store_true",
                   help="the file has no header row; columns are named col1, col2, ...")
    return p


def number(text):
    """The int or float that `text` spells, or None."""
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


def load(args, parser):
    if args.file == "-":
        data = sys.stdin.read()
    else:
        try:
            with open(args.file, newline="", encoding="utf-8") as f:
                data = f.read()
        except OSError as e:
            parser.error("cannot open %r: %s" % (args.file, e.strerror))
    if not data.strip():
        parser.error("no data in %s" % args.file)
    if args.delimiter:
        dialect = csv.excel()
        fmt = {"delimiter": args.delimiter}
    else:
        try:
            dialect = csv.Sniffer().sniff(data[:4096])
        except csv.Error:
            dialect = csv.excel
        fmt = {}
    rows = list(csv.reader(data.splitlines(), dialect, **fmt))
    rows = [r for r in rows if r]
    if args.no_header:
        width = max(len(r) for r in rows)
        header = ["col%d" % (i + 1) for i in range(width)]
    else:
        header, rows = rows[0], rows[1:]
    return header, rows


def summarize(header, rows, columns, top, precision):
    out = []
    for name in columns:
        idx = header.index(name)
        values = [r[idx] for r in rows if idx < len(r) and r[idx].strip() != ""]
        missing = len(rows) - len(values)
        nums = [number(v) for v in values]
        if values and all(n is not None for n in nums):
            total = sum(nums)
            out.append({"column": name, "kind": "numeric", "count": len(nums),
                        "missing": missing, "sum": total,
                        "mean": round(total / len(nums), precision),
                        "min": min(nums), "max": max(nums)})
        else:
            common = Counter(v.strip() for v in values).most_common(top)
            out.append({"column": name, "kind": "text", "count": len(values),
                        "missing": missing, "distinct": len(set(v.strip() for v in values)),
                        "top": common})
    return out


def report_text(summary, nrows):
    print("rows: %d" % nrows)
    width = max(len(s["column"]) for s in summary)
    for s in summary:
        if s["kind"] == "numeric":
            print("%-*s  numeric  count=%d missing=%d sum=%s mean=%s min=%s max=%s" % (
                width, s["column"], s["count"], s["missing"], s["sum"], s["mean"],
                s["min"], s["max"]))
        else:
            tops = ", ".join("%s (%d)" % (v, n) for v, n in s["top"])
            print("%-*s  text     count=%d missing=%d distinct=%d top: %s" % (
                width, s["column"], s["count"], s["missing"], s["distinct"], tops))


def report_csv(summary):
    w = csv.DictWriter(sys.stdout, ["column", "kind", "count", "missing", "sum", "mean", "min",
                                    "max", "top"], lineterminator="\n")
    w.writeheader()
    for s in summary:
        row = dict(s)
        row.pop("distinct", None)
        if "top" in row:
            row["top"] = ";".join("%s=%d" % vn for vn in row["top"])
        w.writerow(row)


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.top < 1:
        parser.error("argument -t/--top: must be at least 1")
    header, rows = load(args, parser)
    columns = args.columns or header
    unknown = [c for c in columns if c not in header]
    if unknown:
        parser.error("unknown column(s): %s (have: %s)" % (", ".join(unknown), ", ".join(header)))
    summary = summarize(header, rows, columns, args.top, args.precision)
    if args.format == "csv":
        report_csv(summary)
    else:
        report_text(summary, len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
