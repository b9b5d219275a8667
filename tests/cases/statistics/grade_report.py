# A grade-statistics report for a small class.
import statistics as st

grades = {
    "Alice": [88, 92, 79, 93],
    "Bob": [72, 65, 80, 70],
    "Chen": [95, 98, 91, 99],
    "Dana": [60, 75, 68, 71],
    "Eve": [85, 85, 90, 78],
    "Femi": [77, 82, 88, 84],
}
print(f"{'student':8} {'mean':>6} {'median':>6} {'stdev':>6}")
averages = {}
for name, marks in grades.items():
    averages[name] = st.mean(marks)
    print(f"{name:8} {st.mean(marks):6.2f} {st.median(marks):6.1f} {st.stdev(marks):6.2f}")
all_marks = [m for marks in grades.values() for m in marks]
print("class mean:", st.mean(all_marks))
print("class median:", st.median(all_marks), "mode:", st.mode(all_marks))
print("population stdev: %.4f" % st.pstdev(all_marks))
print("quartiles:", st.quantiles(all_marks, n=4))
print("deciles:", [round(q, 1) for q in st.quantiles(all_marks, n=10)])
model = st.NormalDist.from_samples(all_marks)
print("model:", model)
for name, avg in sorted(averages.items(), key=lambda kv: -kv[1]):
    z = model.zscore(avg)
    pct = model.cdf(avg) * 100
    letter = "A" if avg >= 90 else "B" if avg >= 80 else "C" if avg >= 70 else "D"
    print(f"{name:8} {avg:6.2f} z={z:+.2f} pct={pct:5.1f} {letter}")
first = [marks[0] for marks in grades.values()]
last = [marks[-1] for marks in grades.values()]
print("first/last correlation: %.6f" % st.correlation(first, last))
print("trend:", st.linear_regression(first, last))
