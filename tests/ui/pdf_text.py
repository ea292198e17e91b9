"""Just enough PDF reading to get the text out of a PDF written by Qt (for assertions)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from pathlib import Path

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _objects(data: bytes) -> dict[int, tuple[bytes, bytes | None]]:
    objects: dict[int, tuple[bytes, bytes | None]] = {}
    for match in _OBJ.finditer(data):
        body = match.group(2)
        stream = None
        if b"stream" in body:
            head, _, rest = body.partition(b"stream")
            raw = rest.lstrip(b"\r\n").rsplit(b"endstream", 1)[0]
            try:
                stream = zlib.decompress(raw) if b"FlateDecode" in head else raw
            except zlib.error:
                stream = raw
            body = head
        objects[int(match.group(1))] = (body, stream)
    return objects


def _cmap(stream: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", stream, re.S):
        for line in block.strip().splitlines():
            values = _HEX.findall(line)
            if len(values) < 3:
                continue
            low, high = int(values[0], 16), int(values[1], 16)
            if b"[" in line:
                for offset, target in enumerate(values[2:]):
                    mapping[low + offset] = bytes.fromhex(target.decode()).decode("utf-16-be")
            else:
                start = int(values[2], 16)
                for offset in range(high - low + 1):
                    mapping[low + offset] = chr(start + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", stream, re.S):
        for line in block.strip().splitlines():
            values = _HEX.findall(line)
            if len(values) == 2:
                mapping[int(values[0], 16)] = bytes.fromhex(values[1].decode()).decode("utf-16-be")
    return mapping


def pdf_text(data: bytes) -> str:
    objects = _objects(data)
    font_cmaps: dict[bytes, dict[int, str]] = {}
    for body, _stream in objects.values():
        for name, number in re.findall(rb"/(F\d+) (\d+) 0 R", body):
            font = objects.get(int(number))
            if font is None:
                continue
            ref = re.search(rb"/ToUnicode (\d+) 0 R", font[0])
            cmap_obj = objects.get(int(ref.group(1))) if ref else None
            if cmap_obj and cmap_obj[1]:
                font_cmaps[name] = _cmap(cmap_obj[1])
    out: list[str] = []
    for _body, stream in objects.values():
        if not stream or b" Tf" not in stream:
            continue
        cmap: dict[int, str] = {}
        for token in re.finditer(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|(ET)", stream):
            if token.group(1):
                cmap = font_cmaps.get(token.group(1), {})
            elif token.group(2):
                hexed = token.group(2).decode()
                for i in range(0, len(hexed), 4):
                    out.append(cmap.get(int(hexed[i : i + 4], 16), ""))
            else:
                out.append("\n")
    return re.sub(r"[ \t]+", " ", "".join(out).replace("\t", " "))


def pdf_page_count(path: Path) -> int:
    """Pages of a PDF: with QPdfDocument where PySide6 has it (PySide6-Addons), else with
    pdfinfo (poppler-utils) where installed, else by counting the PDF's page objects."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        pass
    else:
        document = QPdfDocument()
        document.load(str(path))
        return document.pageCount()
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is not None:
        out = subprocess.run([pdfinfo, str(path)], capture_output=True, text=True, check=True)
        found = re.search(r"^Pages:\s+(\d+)", out.stdout, re.M)
        if found:
            return int(found.group(1))
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))
