"""A live session in a real browser: 21 phones join through the QR URL and complete every step; the projector follows.

Set ``KAD_SCREENSHOTS=<folder>`` to keep the screenshots (phone and projector) for a look.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import PHONE, PROJECTOR

from kadlib import live
from kadlib import store as store_mod

N_JS = 20  # participants with JavaScript on, each in their own browser context (own cookies)


@pytest.fixture
def session(tmp_path):
    s = live.start(
        "peramban",
        group="kartamantul",
        host="127.0.0.1",
        folder=tmp_path,
        gate=None,
        draws=200,
        quiet=True,
        rate=(60, 10.0),
        address_rate=(5000, 60.0),
    )
    for step in store_mod.STEPS:
        s.open_step(step)
    yield s
    s.stop()
    s.store.close()


def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("KAD_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def qr_url(projector_html: str, session) -> str:
    """The URL the projected QR code encodes: the SVG on the page is exactly segno's drawing of it."""
    svg = re.search(r"<svg.*?</svg>", projector_html, re.S).group(0)
    assert svg == session.qr_svg()
    import segno

    assert (
        segno.make(session.url, error="m").svg_inline(scale=8, dark="#0b1f1a", light="#ffffff")
        == svg
    )
    return session.url


def wait_until(page, predicate, timeout=15.0):
    """Poll the page's live panel (the strict CSP rules out Playwright's string functions, rightly)."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = page.inner_text("#live")
        if predicate(text):
            return text
        page.wait_for_timeout(250)
    raise AssertionError(f"the projector did not update: {page.inner_text('#live')[:300]!r}")


def fill_scale(page, prefix: str, value_of, *, real_clicks: bool):
    names = (
        page.eval_on_selector_all(
            f"input[type=radio][name^='{prefix}']", "els => [...new Set(els.map(e => e.name))]"
        )
        if not real_clicks
        else sorted(
            {
                el.get_attribute("name")
                for el in page.query_selector_all(f"input[type=radio][name^='{prefix}']")
            }
        )
    )
    for k, name in enumerate(names):
        v = value_of(k)
        if real_clicks:
            page.locator(f"input[name='{name}'][value='{v}'] + span").click()
        else:
            page.eval_on_selector(f"input[name='{name}'][value='{v}']", "e => e.checked = true")
    return len(names)


def complete_every_step(page, k: int, *, real_clicks: bool, ahp: bool):
    page.wait_for_selector("form[action='/langkah/factors']")
    assert (
        fill_scale(page, "r|", lambda j: 1 + (j + k) % 5, real_clicks=real_clicks) == 2 * 17
    )  # every factor, twice
    page.click("button[type=submit]")
    page.wait_for_selector(".msg.ok")
    page.goto(page.url.split("/langkah")[0] + "/langkah/fields")
    fill_scale(page, "s|", lambda j: 1 + (j * 3 + k) % 5, real_clicks=real_clicks)
    page.click("button[type=submit]")
    page.wait_for_selector(".msg.ok")
    page.click("text=Lanjut")  # the next-step link after saving
    page.wait_for_selector("form[action='/langkah/weights']")
    if ahp:
        page.check("input[name=mode][value=ahp]")
        page.select_option("select[name='a|kebutuhan|potensi']", "3")
        page.select_option("select[name='a|kebutuhan|prinsip']", "1/5")  # inconsistent on purpose
    else:
        for crit, v in zip(
            ["kebutuhan", "potensi", "prinsip", "champion", "prospek"],
            [30, 25, 20, 15, 10],
            strict=True,
        ):
            page.fill(
                f"input[name='p|{crit}']",
                str(
                    v + (k % 3) * (1 if crit == "kebutuhan" else 0) - (k % 3) * (crit == "prospek")
                ),
            )
    page.click("button[type=submit]")
    page.wait_for_selector(".msg.ok")
    if ahp:
        assert "Rasio konsistensi (CR) Anda" in page.inner_text("main")
    page.goto(page.url.split("/langkah")[0] + "/langkah/vision")
    page.check("input[name='v|_vision']")
    page.fill("textarea[name='c|_vision']", f"Usul <b>{k}</b> & visi")
    page.click("button[type=submit]")
    page.wait_for_selector(".msg.ok")


def test_a_room_of_phones_and_the_projector(new_page, session, tmp_path):
    folder = shots(tmp_path)
    projector, pguard = new_page(viewport=PROJECTOR)
    response = projector.goto(session.facilitator_url)
    projector.wait_for_selector("#live")
    url = qr_url(response.text(), session)
    assert "0 peserta bergabung" in projector.inner_text("#live")
    projector.screenshot(path=str(folder / "projector-empty.png"))

    # a phone in English types the wrong code: a clear message, in English, nothing stored
    wrong, wguard = new_page(viewport=PHONE, locale="en-US")
    wrong.goto(url)
    wrong.click("text=English")
    wrong.fill("#name", "Salah Kode")
    wrong.select_option("#region", "3471")
    wrong.fill("#code", "000000" if session.store.join_code != "000000" else "111111")
    wrong.click("button[type=submit]")
    assert "Wrong session code" in wrong.inner_text(".msg.err")
    assert wrong.input_value("#name") == "Salah Kode" and session.store.participants().empty
    assert wguard.blocked == []

    phones = []
    for k in range(N_JS + 1):
        js = k < N_JS
        page, guard = new_page(viewport=PHONE, java_script_enabled=js)
        page.goto(url)
        page.fill("#name", f"Peserta {k:02d}")
        page.select_option("#region", ["3404", "3402", "3471"][k % 3])
        page.fill("#role", "Bappeda")
        assert page.input_value("#code") == session.store.join_code  # the QR URL carries the code
        page.click("button[type=submit]")
        phones.append((page, guard, js))
    first, _, _ = phones[0]
    first.wait_for_selector("form[action='/langkah/factors']")
    box = first.locator("main").bounding_box()
    assert box["width"] <= PHONE["width"]  # fits the phone: no sideways scrolling
    assert first.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    first.screenshot(path=str(folder / "phone-factors.png"), full_page=False)

    for k, (page, _, js) in enumerate(phones):
        complete_every_step(page, k, real_clicks=(not js) or k == 0, ahp=k % 4 == 1 or not js)
        if k == 5:  # the projector updates by itself while the room is still typing
            wait_until(projector, lambda text: f"{N_JS + 1} peserta bergabung" in text)
    phones[1][0].goto(session.base_url + "/langkah/weights")
    phones[1][0].screenshot(path=str(folder / "phone-ahp-feedback.png"), full_page=True)
    phones[0][0].goto(session.base_url + "/langkah/fields")
    phones[0][0].screenshot(path=str(folder / "phone-fields.png"))

    st = session.store
    status = st.status()
    assert (
        len(status) == N_JS + 1 and status[list(store_mod.STEPS)].notna().all().all()
    )  # everyone did every step
    assert len(st.decision_matrices()) == N_JS + 1 and len(st.participant_weights()) == N_JS + 1
    assert st.votes().loc["_vision", "votes"] == N_JS + 1
    nojs = status[status["name"] == f"Peserta {N_JS:02d}"].index[0]
    assert st.current(nojs, "vision")[("_vision", "comment")] == f"Usul <b>{N_JS}</b> & visi"

    text = wait_until(projector, lambda text: text.count("✓") == 4 * (N_JS + 1))
    assert (
        "Peringkat bidang" in text
        and "Konsensus bobot" in text
        and "Isian peserta diambil ulang" in text
    )
    assert re.search(r"Usul <b>\d+</b> & visi", text)  # shown as typed, as text ...
    assert not [
        b for b in projector.locator("#live li b").all_inner_texts() if b.isdigit()
    ]  # ... never as markup
    projector.screenshot(path=str(folder / "projector-full.png"), full_page=True)

    # the facilitator closes a step; a phone says so
    projector.click("form:has(input[value=fields]) button")
    projector.wait_for_selector("#live")
    assert not st.steps()["fields"]
    phones[2][0].goto(session.base_url + "/langkah/fields")
    assert "sedang ditutup" in phones[2][0].inner_text("main")
    phones[2][0].click("text=English")
    assert "closed this step" in phones[2][0].inner_text("main")

    assert pguard.blocked == []
    for _, guard, _ in phones:
        assert guard.blocked == []
