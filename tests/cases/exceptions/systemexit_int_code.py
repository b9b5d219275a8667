import sys

def main():
    print("doing work")
    try:
        sys.exit(0)
    except SystemExit as e:
        print("caught exit with", e.code, repr(e))
    print("exiting with 3")
    sys.exit(3)

main()
print("never printed")
