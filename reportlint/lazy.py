"""`cached_property` without the lock Python 3.11's takes.

functools.cached_property in Python 3.8-3.11 takes a lock on every first read of every
instance (a lock shared by all instances of the class; Python 3.12 removed it as a design
mistake). reportlint reads ~140 such properties per report, on one thread: the lock costs
more than most of them compute. This one computes the value and stores it in the instance's
`__dict__`, as functools' does; later reads find it there without calling the descriptor.
"""

from __future__ import annotations


class cached_property:  # noqa: N801 (named as functools' to read the same)
    """A property computed on first read and stored on the instance (see the module)."""

    def __init__(self, func) -> None:
        self.func = func
        self.attrname: str | None = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value
