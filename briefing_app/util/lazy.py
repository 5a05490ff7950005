"""Package exports that load on first use (PEP 562), so importing a package costs nothing.

A package ``__init__`` lists what it exports and from which of its modules; importing the
package then loads none of them, and ``from package import Name`` loads the one module
that defines ``Name`` (and what that module needs). The command line thus imports
``requests`` for ``sync`` but not for ``sessions``. The names are also imported under
``TYPE_CHECKING`` in the package, for mypy and the import-linter contracts.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def lazy_exports(package: str, where: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for *package*: *where* maps an exported name to its module.

    The module is relative to the package (``"engine"`` for ``package.engine``). A name
    once loaded is stored in the package, so ``__getattr__`` runs once per name.
    """

    def load(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return load
