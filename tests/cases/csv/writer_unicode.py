"""Non-ASCII delimiters, quote characters and data in the writer and reader."""
import csv
import io

buf = io.StringIO()
w = csv.writer(buf, delimiter="§", quotechar="«", lineterminator="¶\n")
w.writerow(["a§b", "c«d", "plain", "日本語"])
w.writerow(["ü", "", "€"])
print(repr(buf.getvalue()))
buf.seek(0)
print(list(csv.reader(buf, delimiter="§", quotechar="«")))
buf = io.StringIO()
csv.writer(buf, delimiter="\u3000").writerow(["全角", "スペース\u3000区切り"])
print(repr(buf.getvalue()))
print(list(csv.reader(["😀,😃", "\U0001F600\t\U0001F603"], delimiter="\t")))
print(list(csv.reader(["a😀b😀c"], delimiter="😀")))
