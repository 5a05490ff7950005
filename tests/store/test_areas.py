"""The Store's areas that load on first use (store/areas.py) behave as bases of the Store.

The table names every method of every area; each resolves to the method it would were
every area a base (the order the Store had before, issue 16); an eager base never answers
for a name an area defines (else a call would change meaning once the area loads); a
fresh process loads an area on its first use only, translating failures as ever.
"""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.store.areas import AREA_OF, ON_FIRST_USE, AreasOnFirstUse
from briefing_app.store.base import StoreBase
from briefing_app.store.hidden import HiddenNamesMixin
from briefing_app.store.local import LocalDataMixin, SettingsMixin
from briefing_app.store.sessions import SessionsMixin
from briefing_app.store.store import Store
from briefing_app.store.subscriptions import SubscriptionsMixin


def _mixin(module: str) -> type:
    return getattr(importlib.import_module(f"briefing_app.store.{module}"), ON_FIRST_USE[module][0])


def _own(klass: type) -> set[str]:
    return {n for n in vars(klass) if not (n.startswith("__") and n.endswith("__"))}


def _every_area_a_base() -> type:
    """The Store as it was composed before its areas loaded on first use."""
    m = _mixin
    bases = (
        m("export"),
        SubscriptionsMixin,
        m("mydata"),
        LocalDataMixin,
        m("questions"),
        m("followups"),
        m("attendance"),
        SettingsMixin,
        SessionsMixin,
        m("timeline"),
        m("presenters"),
        m("materials"),
        m("workspace_tables"),
        m("kept"),
        m("organizations"),
        HiddenNamesMixin,
        StoreBase,
    )
    return type("EveryAreaABase", bases, {})


@pytest.mark.parametrize("module", list(ON_FIRST_USE))
def test_the_table_names_every_method_of_each_area(module: str) -> None:
    defined = _own(_mixin(module))
    named = set(ON_FIRST_USE[module][1].split())
    line = " ".join(sorted(defined))
    assert named == defined, f"store/areas.py, {module!r}: {line!r}"


def test_a_name_belongs_to_one_area() -> None:
    seen: dict[str, str] = {}
    for module, (_mixin_name, names) in ON_FIRST_USE.items():
        for name in names.split():
            assert name not in seen, (name, seen.get(name), module)
            seen[name] = module
    assert seen == AREA_OF


def test_every_area_resolves_as_if_it_were_a_base() -> None:
    for module in ON_FIRST_USE:  # load them all (this process may have loaded some)
        getattr(Store, ON_FIRST_USE[module][1].split()[0])
    full = _every_area_a_base()
    eager = Store.__mro__[Store.__mro__.index(AreasOnFirstUse) + 1 :]
    for name, module in AREA_OF.items():
        if name in vars(Store):  # the Store's own (it forwards): first either way
            continue
        # An eager base would answer before the area loads, the area after: never both.
        assert not any(name in vars(base) for base in eager), (name, module)
        ours, theirs = inspect.getattr_static(Store, name), inspect.getattr_static(full, name)
        assert inspect.unwrap(ours) is inspect.unwrap(theirs), (name, module)
        if inspect.isfunction(theirs) and not name.startswith("_"):
            if inspect.isgeneratorfunction(theirs):  # translates itself, as it always did
                continue
            assert getattr(ours, "__translating__", False), name  # a failure is a StoreError


PROBE = """
import json, sys
from briefing_app.store import Store

def areas():
    return sorted(m.rsplit(".", 1)[1] for m in sys.modules
                  if m.startswith("briefing_app.store.") and m.rsplit(".", 1)[1] in AREAS)

from briefing_app.store.areas import ON_FIRST_USE as AREAS
steps = {}
with Store(sys.argv[1]) as store:
    steps["opened"] = areas()
    store.followups()
    steps["followups"] = areas()
    steps["class"] = Store.organization_names.__name__
    steps["organizations"] = areas()
    store.hidden_names()
    steps["hidden"] = areas()
    try:
        store.no_such_method
    except AttributeError as exc:
        steps["missing"] = str(exc)
print(json.dumps(steps))
"""


def test_a_fresh_process_loads_an_area_on_its_first_use(tmp_path: Path) -> None:
    Store(tmp_path / "briefing.db").close()  # created and migrated (a step reads materials)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "briefing.db")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    steps = json.loads(done.stdout)
    assert steps["opened"] == []
    assert steps["followups"] == ["followups"]
    assert steps["class"] == "organization_names"
    assert steps["organizations"] == ["followups", "organizations"]
    assert steps["hidden"] == ["followups", "organizations"]  # hidden names: no area
    assert "no_such_method" in steps["missing"]
