"""SafeRest: an offline harm-reduction reference for kratom, sleep aids and their interactions."""

__version__ = "0.1.0"
