"""The HiGHS backend: the MIP of a program, warm starts and the LP kernel."""
