"""Size limits, declared once: what the window, the CLI, list files and saved lists all accept.

One number per limit, so that nothing can be accepted at input and then rejected on loading
(a list item that was typed and saved must load again on the next start).
"""

from __future__ import annotations

MAX_ITEM_CHARS = 300
"""One line of a medication list, as typed. Longer lines are refused whole, never cut."""

MAX_ITEMS = 200
"""Lines on one medication list."""

MAX_QUERY_CHARS = 200
"""A search query; search reads at most this much of what was typed."""
