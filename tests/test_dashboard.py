"""The dashboard's pieces without a browser: where the day's data come from, the offline Voilà set-up."""

from __future__ import annotations

import types

import pandas as pd
import pytest

import kadlib.store
from kadlib import dashboard


def test_load_day_falls_back_to_the_example_without_a_live_session(monkeypatch):
    fake = types.ModuleType("kadlib.store")
    fake.latest = lambda folder="lokakarya": None
    monkeypatch.setattr(kadlib.store, "latest", fake.latest)
    day = dashboard.load_day()
    assert day.source == "example" and day.group == "Barlingmascakeb" and len(day.participants) == 6

    def damaged(folder="lokakarya"):
        raise OSError("disk error")

    monkeypatch.setattr(kadlib.store, "latest", damaged)  # a damaged store must not stop the projector
    assert dashboard.load_day().source == "example"


def test_load_day_reads_the_latest_live_session(monkeypatch):
    ratings = pd.DataFrame({"participant": ["a", "a", "b", "b"], "item": ["komitmen_pimpinan"] * 4,
                            "measure": ["importance", "condition"] * 2, "value": [5, 2, 4, 3]})  # fmt: skip

    class Session:
        name = "Sesi Kartamantul"

        def ratings(self):
            return ratings

        def participants(self):
            return pd.DataFrame({"name": ["Ani", "Budi"], "region": ["3471", "3404"], "role": ["", ""]})

    calls = []
    fake = types.ModuleType("kadlib.store")
    fake.latest = lambda folder="lokakarya": calls.append(folder) or Session()
    monkeypatch.setattr(kadlib.store, "latest", fake.latest)
    day = dashboard.load_day()
    assert calls == ["lokakarya"] and day.source == "live" and day.session == "Sesi Kartamantul"
    assert day.ratings is ratings and list(day.participants["name"]) == ["Ani", "Budi"]
    assert day.extra["fields_from"] == "example"
    app = dashboard.Dashboard(day, draws=20)
    assert "sesi langsung · bidang dan perbandingan kriteria: CONTOH" in app.header.value  # said on screen
    app.show("open")
    assert "Kota Yogyakarta" in app.body.children[0].children[0].value or "Yogyakarta" in app.body.children[0].children[0].value


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_step_builds_with_names_not_columns(lang, monkeypatch):
    monkeypatch.setattr(kadlib.store, "latest", lambda folder="lokakarya": None)
    app = dashboard.Dashboard(lang=lang, draws=50)
    for step in dashboard.STEPS:
        app.show(step)
        html = " ".join(getattr(c, "value", "") for c in app.body.children if isinstance(getattr(c, "value", ""), str))
        for raw in ("passes_gate", "rank_eligible", "region_code", "True", "False", "<NA>"):
            assert raw not in html, (step, raw)
    assert app.steps.options[0][0] == ("1. Pembukaan" if lang == "id" else "1. Opening")


def test_voila_is_started_offline_on_loopback():
    cmd = dashboard.voila_command(8866)
    assert "--no-browser" in cmd and "--Voila.ip=127.0.0.1" in cmd and "--port=8866" in cmd and "--template=skad" in cmd
    assert dashboard.NOTEBOOK.is_file()
    env = dashboard.voila_env({"JUPYTER_PATH": "/x"})
    assert env["JUPYTER_PATH"].split(":")[0] == str(dashboard.TEMPLATES) and env["JUPYTER_PATH"].endswith("/x")
    template = (dashboard.TEMPLATES / "voila" / "templates" / "skad" / "index.html.j2").read_text()
    assert "cdn" not in template.split("-#}")[1].lower() and "http" not in template.split("-#}")[1]
