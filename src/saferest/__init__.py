"""SafeRest: an offline harm-reduction reference for kratom, sleep aids and their interactions."""

import logging

__version__ = "0.1.0"
"""The one version number: the wheel (hatch), the bundle, the Windows installer, the AppStream
metainfo, the changelog and the About box all take it from here (tests/test_version.py)."""

# Silent unless the app (saferest.logs) says where logs go; the command line prints its own.
logging.getLogger(__name__).addHandler(logging.NullHandler())
