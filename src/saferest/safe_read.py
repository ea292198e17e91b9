"""Reading a file that someone else may have planted or damaged: never block, never read a
huge file into memory, never follow a link when told not to.

Shared by the pack loader, the user's files, the kiosk config and the command line, so every
file SafeRest reads is opened the same careful way. No Qt, no pydantic.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_CHUNK = 1024 * 1024


class FileRefused(ValueError):
    """The file is there but is not read: not a regular file, or larger than allowed."""


def read_regular_file(path: Path, limit: int, follow_links: bool = True) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them.

    Opened without blocking and checked on the open descriptor, so a FIFO, a device such as
    /dev/zero or a folder put in the file's place is refused at once (FileRefused), and so is a
    file over the limit, unread. OSError when it cannot be opened or read at all.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("not a regular file")
        if info.st_size > limit:
            raise FileRefused(f"too large ({info.st_size} bytes; the limit is {limit})")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise FileRefused(f"too large (over {limit} bytes)")
    return b"".join(chunks)
