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

MAX_LIST_FILE_BYTES = 2 * MAX_ITEMS * (MAX_ITEM_CHARS * 4 + 2)
"""A list file given to `saferest check --file`: room for MAX_ITEMS full lines of four-byte
characters, twice over for blank lines and comments; anything bigger is refused unread."""

MAX_SAVED_LIST_BYTES = 4 * 1024 * 1024
"""The saved medication list (JSON with each item's status and reading): far above what
MAX_ITEMS items can take, so only a damaged or planted file is ever refused unread."""

MAX_SETTINGS_BYTES = 256 * 1024
"""The saved display settings (the window geometry is the largest part, about 100 bytes)."""
