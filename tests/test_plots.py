"""Charts: what they contain (not pixels), the Axes they return, their language."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import kadlib  # noqa: E402
from kadlib import economy, maps, plots  # noqa: E402

MEMBERS = kadlib.group_members("Barlingmascakeb")


@pytest.fixture(scope="module")
def sector():
    return kadlib.load_sector_pdrb(MEMBERS, with_reference=True)


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_every_plot_uses_the_given_axes_and_returns_it(sector):
    base = kadlib.load_baseline(MEMBERS + ["3300"], indicators="pdrb_adhk_total")
    table = economy.klassen_table(kadlib.load_baseline(MEMBERS + ["3300"]), 2013, 2019)
    calls = [
        lambda ax: plots.structure_plot(
            economy.structure(sector[sector.region_code.isin(MEMBERS)]), ax=ax
        ),
        lambda ax: plots.growth_plot(economy.growth_rates(base), ax=ax),
        lambda ax: plots.klassen_plot(economy.klassen_regions(table, reference="3300"), ax=ax),
        lambda ax: plots.disparity_plot(
            economy.williamson(
                pd.DataFrame({"region_code": ["a", "b"], "year": 2020, "value": [1.0, 2.0]}),
                pd.DataFrame({"region_code": ["a", "b"], "year": 2020, "value": [1.0, 1.0]}),
            ),
            ax=ax,
        ),
        lambda ax: plots.lq_heatmap(economy.location_quotient(sector, year=2020), ax=ax),
        lambda ax: plots.shift_share_plot(economy.shift_share(sector, 2015, 2020), ax=ax),
        lambda ax: maps.group_map("Barlingmascakeb", ax=ax),
    ]
    for call in calls:
        _, ax = plt.subplots()
        assert call(ax) is ax


def test_lq_heatmap_draws_regions_by_sectors(sector):
    ax = plots.lq_heatmap(economy.location_quotient(sector, year=2020))
    assert ax.kad_matrix.shape == (5, 17)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Cilacap",
        "Banyumas",
        "Purbalingga",
        "Banjarnegara",
        "Kebumen",
    ]
    assert "Jawa Tengah" in ax.get_title()
    cells = [t for t in ax.texts if t.get_text()[0].isdigit()]
    assert len(cells) == 85 and "0,90" in {
        t.get_text() for t in cells
    }  # Banyumas A, Indonesian decimal comma


def test_klassen_plot_labels_every_region(sector):
    table = economy.klassen_table(kadlib.load_baseline(MEMBERS + ["3300"]), 2013, 2019)
    ax = plots.klassen_plot(economy.klassen_regions(table, reference="3300"))
    names = {t.get_text() for t in ax.texts}
    assert {"Cilacap", "Banyumas", "Purbalingga", "Banjarnegara", "Kebumen"} <= names


def test_shift_share_plot_components(sector):
    ax = plots.shift_share_plot(
        economy.shift_share(sector, 2015, 2020, method="esteban"), region="3302"
    )
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Efek alokasi" in labels and "Banyumas" in ax.get_title()
    assert len(ax.patches) == 4 * 17


def test_plots_follow_the_language(sector):
    kadlib.set_language("en")
    ax = plots.structure_plot(
        economy.structure(sector[sector.region_code.isin(MEMBERS)]), year=2020
    )
    assert ax.get_title() == "Economic structure 2020"
    assert "Agriculture" in [t.get_text() for t in ax.get_legend().get_texts()]
    ax = plots.lq_heatmap(economy.location_quotient(sector, year=2020))
    assert "reference" in ax.get_title()


def test_group_map_highlights_members():
    ax = maps.group_map("SAMPAN")
    assert ax.kad_members == sorted(kadlib.group_members("SAMPAN"))
    texts = {t.get_text() for t in ax.texts}
    assert {
        "KOTA PEKALONGAN",
        "Pekalongan",
        "KOTA TEGAL",
        "Tegal",
    } <= texts  # Kota vs Kabupaten told apart
    drawn = sum(len(c.get_paths()) for c in ax.collections)
    assert drawn >= 40  # every polygon of the layer (members + context)


def test_baseline_explorer_redraws_from_its_controls():
    from kadlib import widgets

    box = widgets.baseline_explorer("Kartamantul", years=(2016, 2020))
    c = box.kad_controls
    assert c["group"].value == "Kartamantul" and "SAMPAN" in c["group"].options
    assert box.kad_state["last"][0] == 0  # structure, drawn at once
    c["view"].value = c["view"].options[1]  # LQ heat map
    c["group"].value = "SAMPAN"
    c["years"].value = (2015, 2019)
    view, shown = box.kad_state["last"]
    assert view == 1 and "2019" in c["table"].value and shown.shape == (7, 17)
    assert "Kota Tegal" in c["table"].value and "Pertanian" in c["table"].value  # names, not codes
    c["view"].value = c["view"].options[3]  # sektor unggulan table
    view, table = box.kad_state["last"]
    assert view == 3 and set(table["region_code"]) <= set(kadlib.group_members("SAMPAN"))
