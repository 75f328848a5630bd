"""Maps: what they contain (polygons, classes, highlighted regions, missing data, links), exports."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import matplotlib

matplotlib.use("Agg")
import matplotlib.image as mpimg  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import kadlib  # noqa: E402
from kadlib import KadDataError, economy, maps, neighbours  # noqa: E402


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def polygons_drawn(ax):
    return sum(len(c.get_paths()) for c in ax.collections if hasattr(c, "get_paths"))


def test_choropleth_classes_legend_and_polygons():
    ax = maps.choropleth(indicator="persentase_penduduk_miskin", year=2023, scheme="quantiles", k=5)
    assert len(ax.kad_classes) == 5 and ax.kad_polygons == 40 and ax.kad_missing == []
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ax.kad_classes and "persen (kuantil)" == ax.get_legend().get_title().get_text()
    assert "," in legend[0] and "–" in legend[0]  # Indonesian decimal comma
    assert polygons_drawn(ax) >= 40
    values = kadlib.load_baseline(indicators="persentase_penduduk_miskin", years=2023)
    values = values[values.region_code.isin(kadlib.load_regions()["region_code"])]
    assert ax.kad_bins[-1] == pytest.approx(values["value"].max())


def test_two_schemes_give_different_classes():
    q = maps.choropleth(indicator="persentase_penduduk_miskin", year=2023, scheme="quantiles")
    e = maps.choropleth(indicator="persentase_penduduk_miskin", year=2023, scheme="equal_interval")
    assert q.kad_bins != e.kad_bins
    u = maps.choropleth(
        indicator="persentase_penduduk_miskin", year=2023, scheme="user", bins=[5, 10, 20]
    )
    assert u.kad_classes[1].startswith("5") and len(u.kad_classes) == 3


def test_missing_data_is_drawn_as_missing_not_zero():
    ax = maps.choropleth(indicator="ipm", year=2024)  # IPM: Jawa Tengah only in the kit
    assert ax.kad_missing == ["3401", "3402", "3403", "3404", "3471"]
    hatched = [c for c in ax.collections if c.get_hatch() == "///"]
    assert hatched and len(hatched[0].get_paths()) >= 5
    assert "tidak ada data" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_unknown_scheme():
    with pytest.raises(KadDataError, match="skema klasifikasi"):
        maps.choropleth(indicator="ipm", year=2024, scheme="jenks")


def test_neighbour_map_links_equal_graph_edges():
    g = neighbours.neighbour_graph(manual_links=[("3301", "3471", "contoh tautan")])
    ax = maps.neighbour_map(g)
    assert ax.kad_links == {"contiguity": 89, "manual": 1}
    dashed = [line for line in ax.lines if line.get_linestyle() == "--"]
    assert len(dashed) == 1 and len(ax.lines) == len(g.edges)


def test_group_map_and_participation_map_highlight_the_right_regions():
    members = kadlib.group_members("Barlingmascakeb")
    lq = economy.location_quotient(
        kadlib.load_sector_pdrb(members, years=2020, with_reference=True), year=2020
    )
    ax = maps.sector_participation_map("A", members, lq=lq)
    basis = set(lq[(lq.sector_code == "A") & (lq.lq > 1)]["region_code"])
    assert {c for c, s in ax.kad_status.items() if s == "participates_basis"} == basis
    assert ax.kad_verdict.holds and "terpenuhi" in ax.get_title()
    ax = maps.sector_participation_map("industri", members, participants=["3301", "3304"])
    assert not ax.kad_verdict.holds and "tidak terpenuhi" in ax.get_title()


def test_choropleth_refuses_several_values_for_a_region():
    """An LQ of every sector (or several years) would be mapped by whichever row came first."""
    two_sectors = pd.DataFrame(
        {
            "region_code": ["3402", "3402", "3404"],
            "value": [1.4, 0.7, 1.1],
            "sector_code": list("ACA"),
        }
    )
    with pytest.raises(
        KadDataError, match=r"(?s)values.*region_code.*'3402'.*data ganda.*satu nilai per wilayah"
    ):
        maps.choropleth(two_sectors)
    with pytest.raises(
        KadDataError,
        match=r"(?s)values.*kolom wajib tidak ada: value.*region_code, lq, sector_code",
    ):
        maps.choropleth(two_sectors.rename(columns={"value": "lq"}))
    same_twice = pd.DataFrame({"region_code": ["3402", "3402"], "value": [1.4, 1.4]})
    ax = maps.choropleth(same_twice, scheme="user", bins=[2])  # an exact repeat is harmless
    assert ax.kad_polygons == 40 and "3402" not in ax.kad_missing


def test_national_overview_draws_every_kabkota():
    values = pd.DataFrame({"region_code": ["3302", "1101"], "value": [1.2, 0.8]})
    ax = maps.national_overview(values, k=2, unit="LQ")
    assert ax.kad_polygons == 514 and len(ax.kad_missing) == 512


def test_export_png_and_svg_open(tmp_path):
    ax = maps.group_map("SAMPAN")
    png = maps.export_map(ax, tmp_path / "sampan.png", title="SAMPAN", dpi=100)
    image = mpimg.imread(png)
    assert image.shape[0] > 100 and image.shape[1] > 100
    assert ax.kad_scale_km in (1, 2, 5, 10, 20, 50, 100)
    svg = maps.export_map(ax, tmp_path / "sampan.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = svg.read_text()
    assert "geoBoundaries" in text and "km" in text
    with pytest.raises(KadDataError, match="jenis berkas"):
        maps.export_map(ax, tmp_path / "x.jpg")


def test_map_explorer_redraws():
    from kadlib import widgets

    box = widgets.map_explorer("Kartamantul", indicator="persentase_penduduk_miskin", year=2020)
    c = box.kad_controls
    assert box.kad_state["last"].kad_polygons == 40
    c["scheme"].value = "equal_interval"
    c["indicator"].value = "ipm"  # has 2020: the year is kept
    assert c["year"].value == 2020 and box.kad_state["last"].kad_missing[:1] == ["3401"]
    c["year"].value = 2024
    c["indicator"].value = "luas_wilayah"  # only 2024: the year follows
    assert c["year"].value == 2024 and box.kad_state["last"].kad_missing == []
