"""The Qt desktop interface: a thin layer over saferest.domain (only ui/ and app.py import Qt)."""
