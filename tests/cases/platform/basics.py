import platform, getpass, os
print(platform.system(), platform.release() == os.uname().release, platform.machine(), platform.python_version(), platform.python_implementation())
print(platform.architecture(), platform.python_version_tuple(), type(platform.uname()).__name__, platform.uname().system)
os.environ['LOGNAME'] = 'alice'; print(getpass.getuser())
