"""spec, spec_set, create_autospec and autospec=True in patch: attribute and signature checks."""
from unittest import mock


class Account:
    currency = 'EUR'

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount, *, note=None):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        self.balance -= amount
        return self.balance

    @staticmethod
    def validate(amount):
        return amount > 0

    @classmethod
    def open(cls, owner):
        return cls(owner)


def transfer(source, target, amount, fee=0):
    source.withdraw(amount + fee)
    target.deposit(amount)


def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except (AttributeError, TypeError, AssertionError) as e:
        print('%s -> %s: %s' % (label, type(e).__name__, e))
    else:
        text = repr(result)
        if " id='" in text:
            text = text.split(" id='")[0] + '>'
        print('%s -> %s' % (label, text))


specced = mock.Mock(spec=Account)
print(isinstance(specced, Account), specced.__class__.__name__)
attempt('known attribute', lambda: specced.deposit)
attempt('unknown attribute', lambda: specced.transfer)
specced.anything_new = 1
print('setting new attributes works with spec:', specced.anything_new)

strict = mock.Mock(spec_set=Account)
attempt('spec_set unknown', setattr, strict, 'anything_new', 1)
strict.currency = 'USD'
print(strict.currency)
by_list = mock.Mock(spec=['read', 'close'])
attempt('list spec read', by_list.read)
attempt('list spec write', lambda: by_list.write)
print(by_list.__class__ is type(by_list))

fake_transfer = mock.create_autospec(transfer, return_value='done')
attempt('autospec function call', fake_transfer, 'a', 'b', 10)
attempt('autospec missing argument', fake_transfer, 'a', 'b')
attempt('autospec too many', fake_transfer, 1, 2, 3, 4, 5)
attempt('autospec bad keyword', fake_transfer, 1, 2, 3, cost=1)
fake_transfer.assert_called_once_with('a', 'b', 10)
fake_transfer.assert_called_with('a', 'b', amount=10)
print('keyword and positional forms match')
attempt('autospec assert mismatch', fake_transfer.assert_called_with, 'a', 'b', 11)
print(fake_transfer.call_count, fake_transfer.mock.call_args)

FakeAccount = mock.create_autospec(Account)
attempt('class missing owner', FakeAccount)
account = FakeAccount('alice')
attempt('instance method ok', account.deposit, 10, note='pay')
attempt('instance method missing', account.deposit)
attempt('instance method extra kw', account.withdraw, 5, memo='x')
attempt('instance unknown', lambda: account.close)
attempt('static method', FakeAccount.validate, 3)
attempt('class method', FakeAccount.open, 'bob')
print(FakeAccount.call_args, account.deposit.call_args)
account.deposit.assert_called_with(10, note='pay')
attempt('class attribute', lambda: account.currency)

instance = mock.create_autospec(Account, instance=True)
attempt('instance=True call', instance)
attempt('instance=True method', instance.withdraw, 1)

with mock.patch('__main__.transfer', autospec=True) as patched:
    transfer('x', 'y', 1)
    attempt('patched autospec bad call', transfer, 'x')
    print(patched.call_args_list)

with mock.patch.object(Account, 'withdraw', autospec=True) as patched_method:
    patched_method.return_value = -1
    print(Account('carol').withdraw(5))
    print(patched_method.call_args[0][1:])

with mock.patch('__main__.Account', spec=True) as PatchedAccount:
    made = Account('dave')
    print(isinstance(made, mock.NonCallableMagicMock), PatchedAccount.call_args)
    attempt('spec=True instance attribute', lambda: made.nonexistent)

m = mock.Mock()
m.mock_add_spec(['only'])
attempt('mock_add_spec', lambda: m.other)
try:
    mock.create_autospec(mock.Mock())
except Exception as e:
    print(type(e).__name__, str(e).split(' [')[0])
