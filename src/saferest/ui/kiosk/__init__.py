"""Clinic kiosk mode: lockdown, idle reset, admin exit, clinic header, touch and privacy."""
