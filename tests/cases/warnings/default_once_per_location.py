import warnings


def old_api(x):
    warnings.warn('old_api is deprecated, use new_api', UserWarning)
    return x * 2


for i in range(3):
    old_api(i)
old_api(10)
warnings.warn('module level warning')
warnings.warn('module level warning')
for i in range(2):
    warnings.warn('in a loop')
warnings.warn('different category', RuntimeWarning)
warnings.warn('different category', FutureWarning)
print('done')
