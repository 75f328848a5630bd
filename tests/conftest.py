"""Shared test set-up: no network, Indonesian by default, paths to raw data when present."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "data"
#: The raw files the bundled data are built from (present in the team's checkout and in CI,
#: absent for users who only cloned the kit: tests that need them skip there).
RAW = ROOT.parent / "shared" / "data" / "raw"


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    """Nothing in the kit or its tests may reach the network: refuse any non-loopback connect."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if (
            isinstance(host, str)
            and host not in ("127.0.0.1", "::1", "localhost")
            and self.family != socket.AF_UNIX
        ):
            raise OSError(f"network access attempted in a test: {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def _language():
    import kadlib

    kadlib.set_language("id")
    yield
    kadlib.set_language("id")


@pytest.fixture
def raw():
    if not (RAW / "stats" / "PROVENANCE.md").is_file():
        pytest.skip("raw data (shared/data/raw) not available beside the checkout")
    return RAW


# ---------------------------------------------------------------------------------- browser
#: Debian's Chromium (`apt-get install -y chromium`); `.ci/run` installs it. Playwright cannot
#: download its own browsers here, so it drives this one.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PROJECTOR = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium for real-browser tests.

    Skips, saying so, only where no browser can be had: Playwright not installed or no
    ``/usr/bin/chromium`` (install it with ``apt-get install -y chromium``; CI does).
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        pytest.skip("browser tests skipped: the Python package 'playwright' is not installed")
    if not CHROMIUM.exists():
        pytest.skip(
            f"browser tests skipped: no browser at {CHROMIUM} (run `apt-get install -y chromium`)"
        )
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class OfflineGuard:
    """Aborts and records every request a page makes to a host other than this machine."""

    LOCAL = ("127.0.0.1", "localhost", "[::1]")

    def __init__(self):
        self.blocked: list[str] = []

    def __call__(self, route):
        from urllib.parse import urlsplit

        url = route.request.url
        host = urlsplit(url).hostname or ""
        if url.startswith(("data:", "blob:", "about:")) or host in (
            "127.0.0.1",
            "localhost",
            "::1",
        ):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@pytest.fixture
def new_page(browser):
    """``new_page(viewport=PHONE)`` → (page, guard): a fresh browser context (own cookies) whose
    requests off this machine are aborted and listed in ``guard.blocked`` (assert it is empty)."""
    contexts = []

    def make(viewport=PROJECTOR, locale="id-ID", java_script_enabled=True):
        ctx = browser.new_context(
            viewport=viewport, locale=locale, java_script_enabled=java_script_enabled
        )
        guard = OfflineGuard()
        ctx.route("**/*", guard)
        contexts.append(ctx)
        return ctx.new_page(), guard

    yield make
    for ctx in contexts:
        ctx.close()
