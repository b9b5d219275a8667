import io
import sys

sys.stdout.flush()
latin = io.TextIOWrapper(sys.stdout.buffer, encoding="latin-1", errors="replace", newline="\r\n",
                         write_through=True)
latin.write("café €\n")
latin.flush()
latin.detach()
print("back to normal é")
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes \xc3\xa9\n")
sys.stdout.flush()
sys.stdout.reconfigure(errors="replace")
print(sys.stdout.errors)
