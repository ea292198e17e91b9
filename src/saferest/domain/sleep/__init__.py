"""The sleep diary: nights as the person logged them, the figures derived from them, the
sleep window built from them, and the comparison of nights with and without each substance.

Pure Python: the window, the CLI and the PDF all read the same figures from here.
"""
