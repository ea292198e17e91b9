"""User files: the saved medication list and preferences (never used in kiosk mode)."""
