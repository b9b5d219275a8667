snippets = {
    "global after use": "def f():\n    x = 1\n    global x\n",
    "global after read": "def f():\n    print(x)\n    global x\n",
    "nonlocal at module": "nonlocal x\n",
    "nonlocal no binding": "def f():\n    nonlocal x\n",
    "nonlocal to global": "x = 1\ndef f():\n    global x\n    def g():\n        nonlocal x\n",
    "param and global": "def f(x):\n    global x\n",
    "param and nonlocal": "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
    "nonlocal and global": "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "valid nonlocal": "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n",
    "return outside": "return 5\n",
    "yield outside": "yield 5\n",
    "break outside": "break\n",
    "continue outside": "continue\n",
    "await outside": "await x\n",
    "del literal": "del 1\n",
    "assign to call": "f() = 1\n",
    "assign to literal": "1 = x\n",
    "walrus in comp iterable": "[y for y in (z := [1])]\n",
    "walrus rebinding iter var": "[i := 0 for i in range(3)]\n",
}
for label, src in snippets.items():
    try:
        compile(src, "<snippet>", "exec")
        print(f"{label:<26} compiled OK")
    except SyntaxError as e:
        print(f"{label:<26} SyntaxError: {e.msg} (line {e.lineno})")
