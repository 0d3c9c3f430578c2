"""The HTML audit report, loaded in a real headless browser (Debian's chromium, which .ci/run installs)."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from kneecode.cli import cli

ROOT = Path(__file__).resolve().parent.parent
BROWSER = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(BROWSER is None, reason="no headless Chromium installed (.ci/run installs Debian's chromium)"),
]


class DomSummary(HTMLParser):
    """Counts what the rendered DOM contains."""

    def __init__(self) -> None:
        super().__init__()
        self.cards = 0
        self.marks: dict[str, int] = {}
        self.legend = False
        self.body: dict[str, str | None] = {}
        self.shown = ""
        self._in_shown = False
        self._in_note = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "article" and "note-card" in classes:
            self.cards += 1
        if tag == "pre" and "note-text" in classes:
            self._in_note = True
        if tag == "mark" and self._in_note:  # highlights in the notes, not the legend's swatches
            for c in classes:
                self.marks[c] = self.marks.get(c, 0) + 1
        if a.get("id") == "legend":
            self.legend = True
        if tag == "body":
            self.body = a
        self._in_shown = a.get("id") == "shown-count"

    def handle_data(self, data: str) -> None:
        if self._in_shown:
            self.shown += data

    def handle_endtag(self, tag: str) -> None:
        self._in_shown = False
        if tag == "pre":
            self._in_note = False


def render_in_browser(html: Path, tmp_path: Path) -> str:
    done = subprocess.run(
        [BROWSER, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", html.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_report_renders_cards_highlights_and_legend(tmp_path: Path) -> None:
    claims = tmp_path / "claims.csv"
    claims.write_text(
        "claim_id,codes,note\n"
        'a,M25.561,"Pt c/o R knee pain x 3 weeks. Denies swelling."\n'
        'b,M25.562,"Denies left knee pain. Right hip pain."\n'
        'c,M25.561,"Right knee pain. XR: osteoarthritis of the right knee."\n'
    )
    html = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["audit", str(claims), "--html", str(html)])
    assert result.exit_code == 0, result.output
    dom = DomSummary()
    dom.feed(render_in_browser(html, tmp_path))
    assert dom.body.get("data-rendered") == "yes"  # the report's script ran in the browser
    assert dom.cards == 3
    assert dom.shown == "3 notes shown"
    assert dom.legend
    for cls in ("hl-pain", "hl-site", "hl-side", "hl-cue", "hl-dx", "hl-other"):
        assert dom.marks.get(cls, 0) >= 1, (cls, dom.marks)
    assert dom.marks["hl-side"] >= 3


def test_redacted_report_renders_without_note_text(tmp_path: Path) -> None:
    claims = tmp_path / "claims.csv"
    claims.write_text('claim_id,codes,note\na,M25.561,"Pt Zyxwvut c/o R knee pain."\n')
    html = tmp_path / "report.html"
    CliRunner().invoke(cli, ["audit", str(claims), "--html", str(html), "--redact"])
    rendered = render_in_browser(html, tmp_path)
    dom = DomSummary()
    dom.feed(rendered)
    assert dom.cards == 1 and not dom.marks
    assert "Zyxwvut" not in rendered and "Note text withheld" in rendered
