"""Neighbours on the shipped boundaries and the SKAD 'two neighbouring regions' rule."""

from __future__ import annotations

import pytest

import kadlib
from kadlib import KadDataError
from kadlib import neighbours as nb

BANYUMAS_NEIGHBOURS = [
    "Banjarnegara",
    "Brebes",
    "Cilacap",
    "Kebumen",
    "Pemalang",
    "Purbalingga",
    "Kabupaten Tegal",
]


@pytest.fixture(scope="module")
def graph():
    return nb.neighbour_graph()


def test_banyumas_has_exactly_seven_neighbours(graph):
    expected = sorted(kadlib.resolve_regions(BANYUMAS_NEIGHBOURS))
    assert graph.neighbours("Banyumas") == expected


def test_kota_yogyakarta_borders_only_sleman_and_bantul(graph):
    assert graph.neighbours("3471") == ["3402", "3404"]


def test_jateng_diy_graph_has_no_islands_and_89_links(graph):
    assert graph.islands == [] and len(graph.edges) == 89  # as the boundaries' PROVENANCE counts


def test_cross_check_with_libpysal(graph):
    from libpysal.weights import Queen

    gdf = kadlib.load_regions()
    w = Queen.from_dataframe(gdf, ids=gdf["region_code"].tolist(), use_index=False)
    assert {c: sorted(n) for c, n in w.neighbors.items()} == graph.adjacency


def test_tolerance_recovers_banyumas_on_the_coarse_national_layer():
    exact = nb.neighbour_graph(layer="indonesia")
    assert "3328" not in exact.neighbours("3302")  # simplification opened a gap to Kab. Tegal
    fuzzy = nb.neighbour_graph(layer="indonesia", tolerance_m=300)
    assert fuzzy.neighbours("3302") == sorted(kadlib.resolve_regions(BANYUMAS_NEIGHBOURS))
    assert fuzzy.crs == "EPSG:3395"
    jd = nb.neighbour_graph(tolerance_m=50)
    assert jd.crs == "EPSG:32749"  # UTM 49S for Jawa Tengah + DIY


def test_manual_links_count_and_need_a_reason():
    g = nb.neighbour_graph(
        manual_links=[("Kota Tegal", "Kota Pekalongan", "jalur pantura, contoh")]
    )
    assert "3375" in g.neighbours("3376")
    frame = g.to_frame()
    assert frame[frame.kind == "manual"][["a", "b", "reason"]].values.tolist() == [
        ["3375", "3376", "jalur pantura, contoh"]
    ]
    with pytest.raises(KadDataError, match=r"(?s)manual_links.*baris 1.*alasan"):
        nb.neighbour_graph(manual_links=[("3376", "3375", " ")])
    with pytest.raises(KadDataError, match=r"(?s)manual_links.*3501"):
        nb.neighbour_graph(manual_links=[("3312", "Pacitan", "jalan")])


def test_rule_holds_fails_and_names_who_is_cut_off(graph):
    v = nb.neighbour_rule(graph, kadlib.group_members("Barlingmascakeb"))
    assert v.holds and v.isolated == [] and len(v.components) == 1
    assert v.reason.startswith("terpenuhi: semua 5")
    v = nb.neighbour_rule(graph, ["Cilacap", "Banyumas", "Kota Yogyakarta"])
    assert v.holds and v.isolated == ["3471"] and "Kota Yogyakarta" in v.reason
    v = nb.neighbour_rule(graph, ["Cilacap", "Kota Yogyakarta"])
    assert not v.holds and "tidak terpenuhi" in v.reason
    v = nb.neighbour_rule(graph, ["Cilacap"])
    assert not v.holds and "hanya satu" in v.reason
    kadlib.set_language("en")
    assert nb.neighbour_rule(graph, ["3302", "3303"]).reason.startswith("holds")


def test_rule_goes_only_through_participants(graph):
    # Kota Tegal and Kab. Pekalongan are both SAMPAN members but not adjacent: Pemalang lies between.
    v = nb.neighbour_rule(graph, ["Kota Tegal", "Kabupaten Pekalongan"])
    assert not v.holds
    v = nb.neighbour_rule(
        graph, ["Kota Tegal", "Kabupaten Tegal", "Pemalang", "Kabupaten Pekalongan"]
    )
    assert v.holds and v.components == [["3326", "3327", "3328", "3376"]]


def test_manual_link_between_neighbours_adds_nothing():
    g = nb.neighbour_graph(manual_links=[("Cilacap", "Kebumen", "sudah bertetangga")])
    assert g.manual == {} and len(g.edges) == 89


# --------------------------------------------------------------------------- the fast engine (area: fields)
@pytest.mark.parametrize(
    ("layer", "tolerance"),
    [
        ("jateng_diy", 0),
        ("jateng_diy", 50),
        ("indonesia", 0),
        ("indonesia", 300),
        ("indonesia", nb.NATIONAL_TOLERANCE_M),
    ],
)
def test_strtree_engine_gives_libpysals_links(layer, tolerance):
    fast = nb.neighbour_graph(layer=layer, tolerance_m=tolerance)
    slow = nb.neighbour_graph(layer=layer, tolerance_m=tolerance, engine="libpysal")
    assert fast.adjacency == slow.adjacency and fast.edges  # the same links, not two empty graphs


def test_national_tolerance_reproduces_the_clean_jateng_diy_graph():
    clean = set(nb.neighbour_graph().edges)
    national = nb.neighbour_graph(layer="indonesia", tolerance_m=nb.NATIONAL_TOLERANCE_M)
    jd = {c for c in national.codes if c[:2] in ("33", "34")}
    assert {e for e in national.edges if set(e) <= jd} == clean
    at_300 = nb.neighbour_graph(layer="indonesia", tolerance_m=300)
    assert ("3403", "3404") in clean and (
        "3403",
        "3404",
    ) not in at_300.edges  # Gunungkidul-Sleman needs 500 m


def test_queen_is_a_shared_vertex_not_a_touch():
    import geopandas as gpd
    from shapely.geometry import Polygon

    # b touches a along a's edge without sharing a vertex (a T-junction); c shares a's corner (1, 1)
    polys = [
        Polygon([(0, 0), (1, 0), (1, 1), (0, 1)]),
        Polygon([(1, 0.2), (2, 0.2), (2, 0.8), (1, 0.8)]),
        Polygon([(1, 1), (2, 1), (2, 2), (1, 2)]),
    ]
    gdf = gpd.GeoDataFrame({"region_code": ["a", "b", "c"]}, geometry=polys, crs="EPSG:32749")
    for engine in nb.ENGINES:
        g = nb.neighbour_graph(gdf, engine=engine, crs="EPSG:32749")
        assert g.edges == [("a", "c")], engine
        near = nb.neighbour_graph(gdf, tolerance_m=0.1, engine=engine, crs="EPSG:32749")
        assert near.edges == [("a", "b"), ("a", "c")], engine  # b and c stay 0.2 m apart
        assert nb.neighbour_graph(gdf, tolerance_m=0.25, engine=engine, crs="EPSG:32749").edges[
            -1
        ] == ("b", "c")
    with pytest.raises(KadDataError, match=r"(?s)engine.*'fast'.*strtree, libpysal"):
        nb.neighbour_graph(gdf, engine="fast")


def test_two_regions_read_kedua_not_semua_2():
    rule = nb.neighbour_rule(nb.neighbour_graph(), ["3402", "3404"])
    assert rule.key == "holds_all"
    assert str(rule) == "terpenuhi: kedua daerah peserta bertetangga"
    from kadlib.scoring import gate_text

    assert (
        gate_text("holds_all", {"n": 2}, lang="en")
        == "holds: both participating regions are neighbours"
    )
    assert gate_text("holds_all", {"n": 3}, lang="en").startswith("holds: all 3")


def test_the_default_engine_does_not_import_libpysal():
    """libpysal costs seconds to import; only the cross-check engine may load it."""
    import subprocess
    import sys

    code = (
        "import sys; from kadlib import neighbours; neighbours.neighbour_graph(); "
        "print('libpysal' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
