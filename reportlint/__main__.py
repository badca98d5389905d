"""The command line's entry: `reportlint ...` and `python -m reportlint ...`.

The pattern cache is installed before anything else is imported, so that the patterns
every module compiles when it loads are read from it (reportlint/text/pattern_cache.py).
The cyclic garbage collector is paused meanwhile: start-up builds only what lives as long
as the process (modules, tables), which no collection can free; cli.main freezes it out of
the collector's sight and resumes it before the command runs.

When the command is done, the process ends without the interpreter's teardown, as mypy's
does: freeing every object of the run one by one (modules, word tables, the lexicon) is ~7%
of a pre-commit check of three reports. Output is flushed and the exit handlers run first
(the pattern cache is saved); a command that leaves another thread running (serve, an
audit's scheduler) ends the ordinary way, which waits for it.
"""

import atexit
import gc
import os
import sys


def start() -> int:
    """Run the command of sys.argv with the start-up settings above; its exit code."""
    gc.disable()
    from reportlint.text import pattern_cache

    pattern_cache.install()
    from reportlint.cli import main

    return main()


def run() -> int:
    """The console script: the command, then the quick exit."""
    code = start()
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return code
    atexit._run_exitfuncs()  # what the interpreter's own exit runs first
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # a reader that stopped early (| head), a closed stream
            code = code or 1
    os._exit(code)


if __name__ == "__main__":
    sys.exit(run())
