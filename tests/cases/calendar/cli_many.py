import os
import sys
import calendar

os.environ["COLUMNS"] = "100"
cases = [["2024", "2"], ["--width=3", "2024", "1"], ["--wid", "3", "2024", "1"], ["-w4", "2024", "6"],
         ["-w=3", "2024", "7"], ["--", "2024", "4"], ["-m4", "-s1", "2024"], ["-w", "-3", "2024", "2"],
         ["--type", "text", "2024", "1"], ["-e", "ascii", "2024", "3"], ["-t", "pdf"], ["-w"], ["-wx"],
         ["--l", "2", "2024", "1"], ["-h2"], ["--help=3"], ["--lines=x"], ["-5"], ["2024", "2", "3"],
         ["2024", "13"], ["--foo"], ["a b"], ["-x y"], ["-t", "html", "2024", "2"], ["2024", "-w", "3", "2"]]
for args in cases:
    print("=====", args)
    sys.stdout.flush()
    sys.stderr.write("===== %r\n" % (args,))
    sys.stderr.flush()
    try:
        calendar.main(["calendar.py"] + args)
    except SystemExit as exc:
        print("SystemExit", exc.code)
    except (IndexError, ValueError) as exc:
        print(type(exc).__name__, exc)
    sys.stdout.flush()
    sys.stderr.flush()
