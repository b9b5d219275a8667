import string
from string import Template

rows = [('widget', 3, 2.5), ('gadget', 10, 0.99), ('doohickey', 1, 120.0)]
line = Template('$name: $qty x $$$price')
for name, qty, price in rows:
    print(line.substitute(name=name.ljust(10), qty=qty, price=f'{price:.2f}'))
fmt = string.Formatter()
header = '{:<10}|{:>5}|{:>9}'
print(fmt.format(header, 'item', 'qty', 'total'))
for name, qty, price in rows:
    print(fmt.format('{0:<10}|{1:>5d}|{2:>9,.2f}', name, qty, qty * price))
total = sum(q * p for _, q, p in rows)
print(fmt.format('{label:=^26}', label=f' total {total:.2f} '))
email = Template('''Dear $customer,

Your order #${order_id} of $count item(s) ships on $date.
Questions? Reply to $$support or ${missing}.
''')
print(email.safe_substitute(customer='Ann', order_id=1234, count=3, date='Monday'))
print(sorted(email.get_identifiers()))
print(string.capwords('the quick  brown\tfox'), string.ascii_uppercase[:5])
