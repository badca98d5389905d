"""Writing files atomically: a reader (or a crash) never sees half a file.

Everything reportlint writes — fixed reports, annotated copies, HTML pages, baselines,
cache entries, audit reports — goes through a temporary file in the target's directory,
flushed to disk, then `os.replace`d over the target. On any error the target is
untouched and the temporary file is removed.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing (tests/test_cache.py says why)
if TYPE_CHECKING:
    from typing import BinaryIO

    Content = bytes | str | Callable[[BinaryIO], None]


def write_atomic(path: str | os.PathLike, content: Content, like: str | os.PathLike | None = None) -> None:
    """Replace `path` by `content` (bytes, UTF-8 text, or a function writing to a binary file).

    The new file gets the permissions of `like` when given (a fixed report keeps its
    own), else those of any new file under the current umask (mkstemp alone would make
    it private). An OSError names `path` (never the temporary file) and its reason
    ("No space left on device"), so a caller can print it as one line.
    """
    import tempfile  # (with shutil, bz2, lzma and random: ~4 ms a warm run that writes nothing need not pay)

    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:  # name the file the user asked for, not the temporary one
        raise type(e)(e.errno, e.strerror, str(target)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if callable(content):
                content(fh)
            else:
                fh.write(content.encode("utf-8") if isinstance(content, str) else content)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode(like))
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError) and e.errno is not None:  # a full disk, a read-only folder ...
            raise type(e)(e.errno, e.strerror, str(target)) from None
        raise


def _mode(like: str | os.PathLike | None) -> int:
    if like is not None:
        try:
            return os.stat(like).st_mode & 0o7777
        except OSError:
            pass
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
