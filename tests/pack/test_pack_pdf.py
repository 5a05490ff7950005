"""The briefing pack as a real PDF: read back with pdftotext (poppler-utils) and its bytes."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.packs import DST_SESSION, make_pack_store, session_id

from briefing_app.errors import OperationCancelledError
from briefing_app.store import Store
from briefing_app.usecases.pack import (
    Pack,
    PackMaterial,
    PackQuestion,
    PackSelection,
    gather_pack,
)

pytestmark = pytest.mark.usefixtures("qapp")

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (Debian: poppler-utils) reads the PDF back"
)
STAGE = "setting-the-stage-2020-05-11"


class _Sources:
    def session_materials(self, session_id: int) -> tuple[PackMaterial, ...]:
        return (
            PackMaterial("slides", "Deck", f"https://example.org/deck-{session_id}.pdf", 2048),
            PackMaterial("link", "Sneaky", "javascript:alert(1)"),
        )

    def session_questions(self, session_id: int) -> tuple[PackQuestion, ...]:
        return (PackQuestion("What is the RFP timeline?", "answered", "Q3 2020"),)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with make_pack_store(tmp_path / "pack") as opened:
        for s in opened.sessions():
            opened.set_favourite(s.id, True)
        yield opened


@pytest.fixture
def agenda(store: Store) -> Pack:
    sources = _Sources()
    return gather_pack(
        store,
        PackSelection.agenda(),
        reader_zone="Europe/Berlin",
        materials=sources,
        questions=sources,
    )


def pages_text(path: Path) -> list[str]:
    """Each page's text, in reading order (pdftotext)."""
    assert PDFTOTEXT is not None
    out = subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return out.split("\f")[:-1]


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", data))


def uris(data: bytes) -> list[str]:
    return [m.decode() for m in re.findall(rb"/URI\s*\(([^)]*)\)", data)]


@needs_pdftotext
def test_the_contents_give_the_page_each_session_starts_on(agenda: Pack, tmp_path: Path) -> None:
    from briefing_app.ui.pack.render import write_pack_pdf

    target = tmp_path / "agenda.pdf"
    result = write_pack_pdf(agenda, target, paper="a4")
    pages = pages_text(target)
    assert len(pages) == result.pages == page_count(target.read_bytes())
    assert len(pages) > len(agenda.sessions) + 1
    contents = pages[1]
    assert "Contents" in contents
    listed: dict[str, int] = {}
    for line in contents.splitlines():
        found = re.match(r"^(\S.*?)\s{2,}(\d+)$", line.strip())
        if found:
            listed[found.group(1)] = int(found.group(2))
    assert len(listed) == len(agenda.sessions)
    for session in agenda.sessions:
        page = listed[session.title]
        assert result.session_pages[session.id] == page
        body = pages[page - 1].splitlines()
        # The running header, then the session's title first on its page.
        heading = next(line.strip() for line in body[1:] if line.strip())
        assert session.title.startswith(heading.split("  ")[0]), (session.title, heading)
        assert session.title.split(":")[0] not in pages[page - 2].splitlines()[2:3]
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        if number > 1:
            assert "Re-Imagine the City of Toronto · My agenda" in text.splitlines()[0]


@needs_pdftotext
def test_the_cover_names_series_dates_and_the_reader_s_zone(agenda: Pack, tmp_path: Path) -> None:
    from briefing_app.ui.pack.render import write_pack_pdf

    target = tmp_path / "agenda.pdf"
    write_pack_pdf(agenda, target)
    cover = pages_text(target)[0]
    assert "Re-Imagine the City of Toronto" in cover
    assert "Fri 20 Mar 2020 – Tue 21 Jul 2020" in cover
    assert "Europe/Berlin (your time zone)" in cover
    assert re.search(r"Sessions\s+6\n", cover)


@needs_pdftotext
def test_a_session_page_has_both_times_presenters_case_studies_and_questions(
    store: Store, tmp_path: Path
) -> None:
    from briefing_app.ui.pack.render import write_pack_pdf

    store.set_note(session_id(store, DST_SESSION), "Bring the **permit** figures")
    sources = _Sources()
    pack = gather_pack(
        store,
        PackSelection.one_session(DST_SESSION),
        reader_zone="Europe/Berlin",
        materials=sources,
        questions=sources,
    )
    target = tmp_path / "one.pdf"
    result = write_pack_pdf(pack, target)
    text = "\n".join(pages_text(target)[result.session_pages[pack.sessions[0].id] - 1 :])
    assert "Fri 20 Mar 2020 10:00–11:00 EDT (America/Toronto)" in text
    assert "Fri 20 Mar 2020 15:00–16:00 CET (Europe/Berlin)" in text
    assert "https://meet.example.org/dst" in text
    for expected in (
        "Presenters",
        "Josie Scioli (presenter)",
        "Deputy City Manager",
        "Materials",
        "Deck",
        "https://example.org/deck-",
        "My questions",
        "What is the RFP timeline? [answered]",
        "Answer: Q3 2020",
        "My notes",
        "Bring the permit figures",
    ):
        assert expected in text, expected
    assert "javascript:alert(1)" in text  # shown as text ...


def test_links_are_clickable_only_for_the_web(agenda: Pack, tmp_path: Path) -> None:
    from briefing_app.ui.pack.render import write_pack_pdf

    target = tmp_path / "agenda.pdf"
    write_pack_pdf(agenda, target)
    links = uris(target.read_bytes())
    assert "https://meet.example.org/reimagine-toronto/setting-the-stage" in links
    assert "https://meet.example.org/dst" in links
    assert {f"https://example.org/deck-{s.id}.pdf" for s in agenda.sessions} <= set(links)
    assert "https://example.org/site" in links  # a Markdown link of a feed's description
    assert not [link for link in links if not link.startswith("https://")]  # ... never linked


def test_broken_and_missing_photos_leave_placeholders_never_a_failed_pack(
    store: Store, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    from briefing_app.ui.pack.render import PHOTO_PIXELS, PackDocumentBuilder

    pack = gather_pack(store, PackSelection.one_session(STAGE), reader_zone="UTC")
    builder = PackDocumentBuilder(pack, dpi=300)
    builder.sections()
    by_name = {p.name: builder.images[f"presenter-{p.id}"] for p in pack.sessions[0].presenters}
    assert set(by_name) >= {"Josie Scioli", "Lawrence Eta", "Heather Taylor", "Andrew Flynn"}
    josie = by_name["Josie Scioli"]
    assert (josie.width(), josie.height()) == (PHOTO_PIXELS, PHOTO_PIXELS)  # cropped square
    assert QImage(josie).pixelColor(PHOTO_PIXELS // 2, PHOTO_PIXELS // 2).blue() > 150
    for name in ("Lawrence Eta", "Heather Taylor", "Andrew Flynn"):
        placeholder = by_name[name]
        assert placeholder.size() == josie.size()
        assert placeholder.pixelColor(2, 2).name() == "#e6e6e6", name
    from briefing_app.ui.pack.render import write_pack_pdf

    result = write_pack_pdf(pack, tmp_path / "stage.pdf")
    assert result.pages >= 3


def test_letter_or_a4_by_the_locale_or_as_asked(agenda: Pack, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from briefing_app.ui.pack.render import default_paper, pdf_bytes

    assert (
        default_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "letter"
    )
    assert default_paper(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "letter"
    assert default_paper(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "a4"
    letter, _ = pdf_bytes(agenda, paper="letter")
    a4, _ = pdf_bytes(agenda, paper="a4")
    assert re.search(rb"/MediaBox \[0 0 612(\.0+)? 792(\.0+)?\]", letter)
    assert re.search(rb"/MediaBox \[0 0 595(\.0+)? 842(\.0+)?\]", a4)


def test_a_cancelled_pack_writes_nothing_and_keeps_the_old_file(
    agenda: Pack, tmp_path: Path
) -> None:
    from briefing_app.ui.pack.render import write_pack_pdf

    target = tmp_path / "out" / "agenda.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the old pack")
    painted: list[int] = []
    with pytest.raises(OperationCancelledError):
        write_pack_pdf(
            agenda,
            target,
            progress=lambda done, _total: painted.append(done),
            cancel=lambda: len(painted) >= 2,
        )
    assert painted == [1, 2]
    assert target.read_bytes() == b"the old pack"
    assert sorted(p.name for p in target.parent.iterdir()) == ["agenda.pdf"]


def test_a_pack_is_painted_off_the_gui_thread(agenda: Pack, tmp_path: Path, qtbot) -> None:
    """QTextDocument, QImage and QPdfWriter in the window's worker threads (QThreadPool):
    no widget, no pixmap, no Qt warning."""
    from PySide6.QtCore import QThread

    from briefing_app.ui.pack.render import RenderResult, write_pack_pdf
    from briefing_app.ui.workers.tasks import TaskRunner

    threads: list[QThread] = []
    done: list[RenderResult] = []

    def work() -> RenderResult:
        threads.append(QThread.currentThread())
        return write_pack_pdf(agenda, tmp_path / "thread.pdf")

    TaskRunner().run(work, done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert threads[0] is not QThread.currentThread()
    on_gui = write_pack_pdf(agenda, tmp_path / "gui.pdf")
    assert done[0].pages == on_gui.pages == page_count((tmp_path / "thread.pdf").read_bytes())
    assert done[0].session_pages == on_gui.session_pages


def test_raw_html_in_notes_is_text_and_loads_nothing(store: Store, tmp_path: Path) -> None:
    from briefing_app.ui.pack.render import markdown_html

    fragment = markdown_html('<img src="file:///etc/hostname"> [x](file:///etc/passwd) *ok*')
    assert "&lt;img" in fragment
    assert 'href="file:' not in fragment
    assert '<span style=" font-style:italic;">ok</span>' in fragment


def test_the_sample_s_materials_are_linked_in_its_pack(sample_store: Store, tmp_path: Path) -> None:
    from briefing_app.ui.pack.render import write_pack_pdf

    sample_store.set_favourite(sample_store.find_session("procurement-wg-2020-05-11").id, True)
    pack = gather_pack(sample_store, PackSelection.agenda(), reader_zone="UTC")
    target = tmp_path / "wg.pdf"
    write_pack_pdf(pack, target)
    assert (
        "https://briefings.example.org/reimagine-toronto/pre-reads/procurement-innovation.html"
        in uris(target.read_bytes())
    )
    if PDFTOTEXT is not None:  # the shipped pre-read is kept offline from the first start
        text = " ".join("\n".join(pages_text(target)).split())
        assert (
            "Pre-read: Procurement Improvement & Innovation (pre-read · 2.5 kB · kept offline)"
            in text
        )


@needs_pdftotext
def test_a_french_pack_is_french_headings_kinds_and_case_studies(
    sample_store: Store, tmp_path: Path
) -> None:
    """Review 8, item 1: the headings were English (translate() inside f-strings is not
    extracted), material kinds the feed's keys, case studies the feed's English."""
    from briefing_app.ui import language
    from briefing_app.ui.pack.render import write_pack_pdf

    language.apply_language("fr")
    try:
        sample_store.set_favourite(sample_store.find_session("kickoff-2020-04-15").id, True)
        pack = gather_pack(
            sample_store, PackSelection.agenda(), reader_zone="UTC", languages=("fr", "en")
        )
        target = tmp_path / "fr.pdf"
        write_pack_pdf(pack, target)
    finally:
        language.reset()
    text = " ".join("\n".join(pages_text(target)).split())
    for heading in ("Résumé", "Études de cas", "Documents", "Mes questions", "Mes notes"):
        assert heading in text
    for english in ("Abstract", "Case studies", "Materials", "My questions", "My notes"):
        assert english not in text
    assert "(enregistrement ·" in text or "(diapositives ·" in text or "(lien" in text
    assert "(recording" not in text and "(slides" not in text and "(link)" not in text
    assert "étude de cas technologique" in text.lower()  # the feed's French case study
    assert "UTC (UTC)" not in text
    assert "l’heure locale de chaque événement" in text


@needs_pdftotext
def test_a_french_pack_names_presenter_roles_epicene_before_the_name(
    sample_store: Store, tmp_path: Path
) -> None:
    """The role is a label before the name, right for everyone (util/presenter_roles): the
    feed gives no gender, "Josie Scioli (présentateur)" was wrong; English keeps its order."""
    from briefing_app.ui import language
    from briefing_app.ui.pack.render import write_pack_pdf

    selection = PackSelection.one_session(STAGE)
    language.apply_language("fr")
    try:
        pack = gather_pack(sample_store, selection, reader_zone="UTC", languages=("fr", "en"))
        write_pack_pdf(pack, tmp_path / "fr.pdf")
    finally:
        language.reset()
    text = " ".join("\n".join(pages_text(tmp_path / "fr.pdf")).split())
    assert "Présentation : Josie Scioli" in text
    assert "Panéliste : Heather Taylor" in text
    for wrong in ("présentateur)", "(presenter)", "(panelist)"):
        assert wrong not in text
    english = gather_pack(sample_store, selection, reader_zone="UTC")
    write_pack_pdf(english, tmp_path / "en.pdf")
    text = " ".join("\n".join(pages_text(tmp_path / "en.pdf")).split())
    assert "Josie Scioli (presenter)" in text and "Heather Taylor (panelist)" in text
