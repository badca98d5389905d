"""The command line's entry: `reportlint ...` and `python -m reportlint ...`.

The pattern cache is installed before anything else is imported, so that the patterns
every module compiles when it loads are read from it (reportlint/text/pattern_cache.py).
The cyclic garbage collector is paused meanwhile: start-up builds only what lives as long
as the process (modules, tables), which no collection can free; cli.main freezes it out of
the collector's sight and resumes it before the command runs.
"""

import gc
import sys


def run() -> int:
    gc.disable()
    from reportlint.text import pattern_cache

    pattern_cache.install()
    from reportlint.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
