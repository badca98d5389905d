"""The command line's entry: `reportlint ...` and `python -m reportlint ...`.

The pattern cache is installed before anything else is imported, so that the patterns
every module compiles when it loads are read from it (reportlint/text/pattern_cache.py).
"""

import sys


def run() -> int:
    from reportlint.text import pattern_cache

    pattern_cache.install()
    from reportlint.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
