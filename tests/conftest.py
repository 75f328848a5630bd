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
        if isinstance(host, str) and host not in ("127.0.0.1", "::1", "localhost") and self.family != socket.AF_UNIX:
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
