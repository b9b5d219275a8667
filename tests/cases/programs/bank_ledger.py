class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed, available):
        super().__init__(f"{account}: needed {needed}, available {available}")
        self.account = account
        self.shortfall = needed - available


class AccountFrozen(LedgerError):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.owner} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(+amount)

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount, self.balance)
        self.balance -= amount
        self.history.append(-amount)


class Bank:
    def __init__(self):
        self.accounts = {}
        self.failures = 0

    def open(self, owner, initial=0):
        self.accounts[owner] = Account(owner, initial)

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
            try:
                b.deposit(amount)
            except LedgerError:
                a.deposit(amount)  # roll back
                raise
        except LedgerError as e:
            self.failures += 1
            raise LedgerError(f"transfer {src}->{dst} of {amount} failed") from e

    def statement(self):
        for name in sorted(self.accounts):
            acct = self.accounts[name]
            flag = " (frozen)" if acct.frozen else ""
            print(f"  {name:<8}{acct.balance:>8}{flag}  {acct.history}")


bank = Bank()
for name, amt in [("alice", 100), ("bob", 50), ("carol", 0)]:
    bank.open(name, amt)

ops = [
    ("alice", "bob", 30),
    ("bob", "carol", 100),
    ("carol", "alice", 1),
    ("bob", "carol", 80),
]
for src, dst, amt in ops:
    try:
        bank.transfer(src, dst, amt)
        print("ok", src, dst, amt)
    except LedgerError as e:
        cause = e.__cause__
        print("FAIL:", e, "| cause:", type(cause).__name__, cause)
        if isinstance(cause, InsufficientFunds):
            print("   shortfall", cause.shortfall)

bank.accounts["carol"].frozen = True
try:
    bank.transfer("alice", "carol", 10)
except LedgerError as e:
    print("FAIL:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

try:
    bank.accounts["alice"].deposit(-5)
except ValueError as e:
    print("ValueError:", e)

print("failures:", bank.failures)
bank.statement()
print(issubclass(InsufficientFunds, LedgerError), isinstance(AccountFrozen("x"), Exception))
