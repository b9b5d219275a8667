import signal, os, time
print(signal.SIGINT, repr(signal.SIGTERM), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.SIG_IGN, int(signal.SIGUSR1))
got = []
def handler(signum, frame):
    got.append(signum)
    print("handled", signal.Signals(signum).name)
old = signal.signal(signal.SIGUSR1, handler)
print(old)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000): pass
print(got)
signal.raise_signal(signal.SIGUSR1)
print(len(got))
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored ok", signal.getsignal(signal.SIGUSR1))
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(e)
try:
    signal.signal(500, handler)
except ValueError as e:
    print(e)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(1000): pass
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGALRM, lambda s, f: print("alarm!"))
signal.alarm(1)
time.sleep(1.5)
print(signal.strsignal(signal.SIGTERM), sorted(signal.valid_signals())[:3])
