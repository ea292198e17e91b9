"""A test-only QR reader (zxing-cpp, the C++ port of the ZXing library phones grew up on).

Codes are read back from pixels, as a camera would, never from the text that made them.
"""

from __future__ import annotations

import zxingcpp


def decode_gray(pixels: bytes, width: int, height: int) -> str | None:
    """The text of the one QR code in an 8-bit grey image (rows of `width` bytes), or None."""
    assert len(pixels) == width * height
    view = memoryview(pixels).cast("B", (height, width))
    found = zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) <= 1, "more than one code in the image"
    return found[0].text if found else None


def decode_rows(rows: list[bytes], module_px: int = 4) -> str | None:
    """Read a code from its modules (1 dark, 0 light; quiet zone included), drawn as black
    squares of `module_px` pixels on white."""
    lines = []
    for row in rows:
        line = b"".join((b"\x00" if dark else b"\xff") * module_px for dark in row)
        lines += [line] * module_px
    return decode_gray(b"".join(lines), len(rows[0]) * module_px, len(rows) * module_px)
