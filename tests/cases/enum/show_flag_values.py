import enum
print(enum.show_flag_values(13), enum.show_flag_values(0), enum.show_flag_values(1 << 10))
print(sorted(enum.__all__))
