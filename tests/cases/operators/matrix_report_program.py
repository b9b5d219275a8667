# matrix arithmetic with integers and fractions-as-tuples
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def matpow(m, n):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result

fib = [[1, 1], [1, 0]]
for n in [1, 2, 10, 50, 100, 200]:
    print(n, matpow(fib, n)[0][1])

def det2(m):
    return m[0][0] * m[1][1] - m[0][1] * m[1][0]

for n in [5, 11, 64]:
    print("det of fib^%d =" % n, det2(matpow(fib, n)))

m = [[2, -1], [-3, 4]]
print(matmul(m, m))
print([[x // 2 for x in row] for row in m], [[x % 2 for x in row] for row in m])
print([[x / 2 for x in row] for row in m])
