class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class AccountFrozen(BankError):
    pass

class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer failed: {e} (short by {e.needed - e.available})")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"transfer attempt {src.owner}->{dst.owner}: {amount}")

alice = Account("alice", 100)
bob = Account("bob")
print(transfer(alice, bob, 30))
print(transfer(bob, alice, 50))
bob.frozen = True
for op in [lambda: bob.deposit(5), lambda: alice.deposit(-1), lambda: alice.withdraw(1000)]:
    try:
        op()
    except BankError as e:
        print("bank error:", type(e).__name__, e)
    except ValueError as e:
        print("value error:", e)
print(alice, bob)
print(alice.history, bob.history)
