"""Charts for a room: labels that do not overlap or fall off the figure, names not codes, full titles."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import kadlib  # noqa: E402
from kadlib import factors, maps, plots  # noqa: E402
from kadlib import workshop as ws  # noqa: E402
from kadlib._paths import data_dir  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def example_ipa():
    session = ws.Session(
        data_dir() / "examples" / "lokakarya_contoh_faktor", "CONTOH-barlingmascakeb-faktor"
    )
    return factors.importance_performance(session.ratings())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_ipa_labels_do_not_overlap_and_are_not_cut_off(lang):
    kadlib.set_language(lang)
    ipa = example_ipa()
    labels = factors.catalogue()[f"label_{lang}"].to_dict()
    ax = plots.ipa_plot(ipa, labels=labels)
    ax.figure.canvas.draw()
    assert len(ax.kad_labels) == ax.kad_points == len(ipa)
    assert plots.label_overlaps(ax, ax.kad_labels) == []  # rendered boxes, from the Agg renderer
    assert plots.labels_outside(ax, ax.kad_labels) == []
    legend = ax.get_legend().get_window_extent(ax.figure.canvas.get_renderer())
    assert ax.figure.bbox.contains(legend.x0, legend.y0) and ax.figure.bbox.contains(
        legend.x1, legend.y1
    )
    shown = " ".join(t.get_text().replace("\n", " ") for t in ax.kad_labels)
    assert labels[ipa.index[0]] in shown  # full names (wrapped), not ids


def test_label_overlap_check_finds_an_overlap():
    fig, ax = plt.subplots()
    a, b = ax.text(0.5, 0.5, "Komitmen pimpinan"), ax.text(0.51, 0.5, "Dukungan provinsi")
    ax.text(0.1, 0.1, "jauh")
    fig.canvas.draw()
    assert plots.label_overlaps(ax) == [(a.get_text(), b.get_text())]


def test_province_choropleth_shows_and_names_the_small_kota():
    ax = maps.choropleth(indicator="persentase_penduduk_miskin", year=2023)
    texts = {t.get_text() for t in ax.texts}
    assert {"Kota Surakarta", "Kota Magelang", "Kota Yogyakarta", "Kota Salatiga"} <= texts
    assert (
        len(ax.collections[-1].get_offsets()) == 7
    )  # a marker per kota of Jawa Tengah + DIY (6 + 1)


def test_group_map_marks_its_small_kota_and_sector_maps_have_full_titles():
    ax = maps.group_map("SAMPAN")
    assert {"KOTA TEGAL", "KOTA PEKALONGAN", "Brebes"} <= set(ax.kad_labels)
    assert ax.kad_small == ["3375", "3376"]  # Kota Pekalongan and Kota Tegal get a ring marker
    lq = kadlib.economy.location_quotient(
        kadlib.load_sector_pdrb(
            kadlib.group_members("Barlingmascakeb"), years=2020, with_reference=True
        ),
        year=2020,
    )
    ax = maps.sector_participation_map("C", kadlib.group_members("Barlingmascakeb"), lq=lq)
    assert ax.get_title().startswith("Industri Pengolahan (C)")


@pytest.mark.parametrize(
    "lang, expected", [("id", ["1,0", "1,5", "2,0"]), ("en", ["1.0", "1.5", "2.0"])]
)
def test_chart_ticks_follow_the_language(lang, expected):
    kadlib.set_language(lang)
    ax = plots.ipa_plot(example_ipa())
    ax.figure.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert set(expected) <= set(ticks)
    other = "." if lang == "id" else ","
    assert not any(other in t for t in ticks)
    fig, ax = plt.subplots()
    ax.plot([0, 2_000_000], [0, 1])
    plots.localise_axes(ax)
    fig.canvas.draw()
    big = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert ("1.000.000" if lang == "id" else "1,000,000") in big and not any("e+" in t for t in big)


def test_sektor_unggulan_table_shows_names_and_local_numbers():
    from kadlib import widgets

    box = widgets.baseline_explorer("Barlingmascakeb", years=(2015, 2020))
    c = box.kad_controls
    c["view"].value = c["view"].options[3]
    html = c["table"].value
    _, table = box.kad_state["last"]
    assert "Banyumas" in html or "Cilacap" in html
    for code in table["region_code"]:
        assert f">{code}<" not in html  # names, not codes
    lq = table["lq"].iloc[0]
    assert kadlib.i18n.format_number(lq, 2) in html and "e+" not in html


def _shift_frame():
    """Hand-worked shift-share (classic, reference Jawa Tengah 3300): Banyumas 2015 -> 2020.

    Reference growth G = 1150/1000 - 1 = 0.15; sector growth G_A = 0.2, G_C = -0.05, G_F = 0.7.
    A: 60 -> 90: reference 60*0.15 = 9, mix 60*(0.2-0.15) = 3, competitive 90 - 60*1.2 = 18.
    C: 40 -> 30 (a loss): reference 6, mix 40*(-0.05-0.15) = -8, competitive 30 - 40*0.95 = -8.
    F: 0 -> 10 (a zero base): reference 0, mix 0, competitive 10 (all of it).
    """
    import pandas as pd

    return pd.DataFrame(
        {
            "region_code": ["3302"] * 8 + ["3300"] * 8,
            "year": ([2015] * 4 + [2020] * 4) * 2,
            "sector_code": ["A", "C", "F", "TOTAL"] * 4,
            "value": [60, 40, 0, 100, 90, 30, 10, 130, 500, 400, 100, 1000, 600, 380, 170, 1150.0],
        }
    )


@pytest.mark.parametrize(
    "lang, numbers",
    [("id", ["30,0", "-10,0", "-8,0", "18,0"]), ("en", ["30.0", "-10.0", "-8.0", "18.0"])],
)
def test_shift_share_table_known_answer_names_and_local_numbers(lang, numbers):
    from kadlib import economy, widgets

    kadlib.set_language(lang)
    text, shown = widgets.shift_share_html(economy.shift_share(_shift_frame(), 2015, 2020), "3302")
    assert shown["sector_code"].tolist() == ["A", "C", "F"]  # the kit's sector order
    expected = [[30, 9, 3, 18], [-10, 6, -8, -8], [10, 0, 0, 10]]
    assert (
        shown[["change", "reference_growth", "industry_mix", "competitive"]]
        .round(9)
        .values.tolist()
        == expected
    )
    # the components add up to the change, row by row
    parts = shown[["reference_growth", "industry_mix", "competitive"]].sum(axis=1)
    assert (parts - shown["change"]).abs().max() < 1e-9
    for n in numbers:
        assert f">{n} <" in text
    names = {
        "id": ["Pertanian", "Industri pengolahan", "Konstruksi"],
        "en": ["Agriculture", "Manufacturing", "Construction"],
    }
    assert all(f"<b>{n}</b>" in text for n in names[lang]) and ">F<" not in text
    assert "Banyumas, 2015–2020" in text
    assert (
        text.count("#c2402a") == 3
    )  # three losses drawn red: C's change, mix and competitive effect
    unit = {"id": "miliar rupiah", "en": "billion rupiah"}[lang]
    assert unit in text and "<img" not in text  # HTML bars, no figure


def test_shift_share_table_shows_the_esteban_marquillas_split():
    from kadlib import economy, widgets

    shift = economy.shift_share(_shift_frame(), 2015, 2020, method="esteban")
    text, shown = widgets.shift_share_html(shift, "3302")
    assert list(shown.columns) == [
        "sector_code",
        "change",
        "reference_growth",
        "industry_mix",
        "competitive_homothetic",
        "allocation",
    ]
    # homothetic A: 100 * 500/1000 = 50; competitive_homothetic = 50*(0.5-0.2) = 15, allocation = 10*0.3 = 3
    assert shown.loc[0, ["competitive_homothetic", "allocation"]].round(9).tolist() == [15, 3]
    assert "Efek alokasi" in text
    # a zero base has no growth rate: its split is missing, shown as "–", never as a made-up number
    assert shown.loc[2, ["competitive_homothetic", "allocation"]].isna().all() and "–" in text


def test_baseline_explorer_shift_share_is_html():
    from kadlib import widgets

    box = widgets.baseline_explorer("Barlingmascakeb", years=(2015, 2019))
    c = box.kad_controls
    c["view"].value = c["view"].options[2]
    view, shown = box.kad_state["last"]
    assert view == 2 and "Shift-share Cilacap, 2015–2019" in c["table"].value
    assert len(shown) == 17 and "figure" not in c
