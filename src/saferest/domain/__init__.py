"""Pure-Python core: data pack, search, list parsing and interaction reasoning. No Qt here."""
