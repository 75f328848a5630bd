"""The national opportunity finder (kadlib.opportunity): small graphs by hand, then the real country."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

import kadlib
from kadlib import KadDataError
from kadlib import opportunity as op


# --------------------------------------------------------------------------- enumeration
def _brute(adjacency, max_size, min_size=2):
    """Every connected vertex set, by checking all subsets (the definition, slowly)."""
    n, out = len(adjacency), []
    for k in range(min_size, max_size + 1):
        for sub in itertools.combinations(range(n), k):
            seen, stack, members = {sub[0]}, [sub[0]], set(sub)
            while stack:
                for u in adjacency[stack.pop()]:
                    if u in members and u not in seen:
                        seen.add(u)
                        stack.append(u)
            if seen == members:
                out.append(sub)
    return sorted(out)


def test_connected_groups_of_small_graphs_by_hand():
    triangle = [[1, 2], [0, 2], [0, 1]]
    assert [m for m, _ in op.connected_groups(triangle, 3)] == [(0, 1), (0, 1, 2), (0, 2), (1, 2)]
    star = [[1, 2, 3], [0], [0], [0]]  # 3 pairs, 3 triples through the centre, 1 of four
    assert len(op.connected_groups(star, 4)) == 7
    assert [m for m, _ in op.connected_groups(star, 2, start=1)] == [(0, 1)]
    assert op.connected_groups([[], []], 2) == []  # two islands: no group


def test_connected_groups_match_brute_force_on_random_graphs():
    rng = random.Random(7)
    for _ in range(15):
        n = rng.randint(4, 9)
        edges = {tuple(sorted(rng.sample(range(n), 2))) for _ in range(rng.randint(3, 2 * n))}
        adjacency = [
            [b for a, b in edges if a == v] + [a for a, b in edges if b == v] for v in range(n)
        ]
        assert [m for m, _ in op.connected_groups(adjacency, 5)] == _brute(adjacency, 5)


def test_masks_cut_groups_that_share_nothing():
    path = [[1], [0, 2], [1]]
    got = op.connected_groups(path, 3, masks=[0b011, 0b110, 0b100])
    assert got == [((0, 1), 0b010), ((1, 2), 0b100)]  # 0-1-2 shares nothing: cut


# --------------------------------------------------------------------------- a hand-worked landscape
@pytest.fixture
def star():
    """p, r, s around q.  Sectors A, C and O (O is never a field, even with LQ 3)."""
    codes = ["p", "q", "r", "s"]
    values = np.array([[60, 30, 10], [20, 70, 10], [50, 40, 10], [40, 50, 10]], dtype=float)
    lq = np.array([[1.5, 0.8, 1.0], [1.2, 1.3, 1.0], [0.7, 1.1, 3.0], [1.1, 0.9, 1.0]])
    masks = [0b01, 0b11, 0b10, 0b01]
    return op.Landscape(
        codes=codes,
        adjacency=[[1], [0, 2, 3], [1], [1]],
        sectors=["A", "C", "O"],
        cooperation=["A", "C"],
        values=values,
        lq=lq,
        masks=masks,
        year=2019,
        reference=None,
        threshold=1.0,
        names={c: c.upper() for c in codes},
    )


def test_find_groups_scores_and_ranks_by_hand(star):
    found = op.find_groups(star)
    assert found["members"].tolist() == [["q", "r"], ["p", "q", "s"], ["p", "q"], ["q", "s"]]
    # q-r share C: (70 + 40) / 200; p-q-s share A: (60 + 20 + 40) / 300 = p-q's (60 + 20) / 200, the larger first
    assert found["score"].tolist() == pytest.approx([0.55, 0.4, 0.4, 0.3])
    assert found["shared"].tolist() == [["C"], ["A"], ["A"], ["A"]]
    assert found["rank"].tolist() == [1, 2, 3, 4]
    # Krugman of q-r: |.2-.5| + |.7-.4| + 0 = 0.6; of p-q-s: mean of 0.8, 0.4, 0.4
    assert found["krugman_mean"].tolist() == pytest.approx([0.6, 1.6 / 3, 0.8, 0.4])
    # complements: q-r: A basis in q only; p-q-s: C basis in q only
    assert found["n_complements"].tolist() == [1, 1, 1, 1]
    assert found["names"].iloc[0] == "Q; R" and (found["existing"] == "").all()


def test_find_groups_filters(star):
    assert op.find_groups(star, sectors=["A"])["members"].tolist() == [
        ["p", "q", "s"],
        ["p", "q"],
        ["q", "s"],
    ]
    assert op.find_groups(star, region="r")["members"].tolist() == [["q", "r"]]
    assert op.find_groups(star, min_size=3)["members"].tolist() == [["p", "q", "s"]]
    assert op.distinct(op.find_groups(star))["members"].tolist() == [
        ["q", "r"]
    ]  # the rest overlap q
    with pytest.raises(KadDataError, match=r"(?s)sectors.*'O'.*A, C"):
        op.find_groups(star, sectors=["O"])
    with pytest.raises(KadDataError, match=r"(?s)max_size.*1"):
        op.find_groups(star, max_size=1)
    with pytest.raises(KadDataError, match=r"(?s)kode wilayah.*3302"):
        op.find_groups(star, region="3302")


# --------------------------------------------------------------------------- the real country
@pytest.fixture(scope="module")
def land():
    return op.landscape()


@pytest.fixture(scope="module")
def found(land):
    return op.find_groups(land)


def test_landscape_covers_every_kab_kota(land):
    assert len(land.codes) == 514 and land.missing == [] and land.year == 2019
    assert "O" not in land.cooperation and len(land.cooperation) == 16
    i = land.index("Banyumas")
    assert sorted(
        land.codes[j] for j in land.adjacency[i]
    ) == kadlib.neighbours.neighbour_graph().neighbours("3302")


def test_real_cooperations_are_found_and_flagged(found):
    exact = found[found["existing_exact"]].set_index("existing")
    for gid in ("kartamantul", "barlingmascakeb", "sampan", "pawonsari"):
        assert set(exact.loc[gid, "members"]) == set(kadlib.group_members(gid)), gid
    k = exact.loc["kartamantul"]
    assert k["size"] == 3 and k["n_shared"] >= 1
    inside = found[(found["existing"] == "kartamantul") & ~found["existing_exact"]]
    assert set(map(len, inside["members"])) == {2}  # the pairs inside Kartamantul
    assert found["size"].between(2, 7).all() and (found["n_shared"] >= 1).all()
    assert found["score"].is_monotonic_decreasing and found["score"].between(0, 1).all()


def test_a_groups_score_is_its_shared_share_of_the_combined_pdrb(land, found):
    row = found[found["existing"] == "kartamantul"].iloc[0]
    data = kadlib.load_sector_pdrb(row["members"], years=2019)
    data = data[data.sector_code != "TOTAL"]
    assert row["score"] == pytest.approx(
        data[data.sector_code.isin(row["shared"])]["value"].sum() / data["value"].sum()
    )
    lq = kadlib.economy.location_quotient(
        kadlib.load_sector_pdrb(row["members"], with_reference=True), year=2019
    )
    basis_all = lq[lq.lq > 1].groupby("sector_code").size()
    assert sorted(row["shared"]) == sorted(
        s for s, n in basis_all.items() if n == len(row["members"]) and s != "O"
    )


def test_partners_answer_anywhere_in_indonesia(land):
    a = op.partners("Kota Jayapura", land)
    assert a.region == "9471" and len(a.neighbours) == len(land.adjacency[land.index("9471")]) > 0
    assert a.text().startswith("Kota Jayapura (2019)")
    b = op.partners("Sleman", land)
    assert b.existing == ["kartamantul"] and "3471" in set(b.neighbours["region_code"])
    row = b.neighbours.set_index("region_code").loc["3471"]
    assert set(row["shared"]).isdisjoint(row["they_have"]) and set(row["we_have"]).isdisjoint(
        row["they_have"]
    )
    assert "air_limbah" in set(b.public_services["field_id"])
    with pytest.raises(KadDataError):
        op.partners("Provinsi Jawa Tengah", land)


def test_a_ferry_link_makes_an_island_a_partner():
    g = kadlib.neighbours.neighbour_graph(
        layer="indonesia",
        tolerance_m=kadlib.neighbours.NATIONAL_TOLERANCE_M,
        manual_links=[("Kota Batam", "Kabupaten Karimun", "feri Batam–Karimun")],
    )
    land = op.landscape(graph=g)
    a = op.partners("Kota Batam", land)
    row = a.neighbours.set_index("region_code").loc[kadlib.resolve_region("Kabupaten Karimun")]
    assert "feri Batam–Karimun" in row["why"]


def test_national_baseline_says_what_it_is():
    b = op.national_baseline()
    assert len(b) == 514 and "2013–2020" in b.attrs["note"]
    row = b.set_index("region_code").loc["3302"]
    data = kadlib.load_sector_pdrb(["3302"], years=2019)
    assert row["pdrb_2019"] == pytest.approx(data[data.sector_code != "TOTAL"]["value"].sum())
    assert row["growth"] == pytest.approx(
        ((row["pdrb_2019"] / row["pdrb_2013"]) ** (1 / 6) - 1) * 100
    )
    assert np.isnan(
        b.set_index("region_code").loc["3375", "pdrb_2014"]
    )  # flagged: left empty, not filled


def test_year_outside_the_data_is_refused():
    with pytest.raises(KadDataError, match="2013–2020"):
        op.landscape(year=2023)


def test_opportunity_map(found):
    import matplotlib.pyplot as plt

    ax = kadlib.maps.opportunity_map(found, n=8)
    shown = ax.kad_groups
    members = [c for m in shown["members"] for c in m]
    assert len(shown) == 8 and len(members) == len(set(members))
    plt.close(ax.figure)
    ax = kadlib.maps.opportunity_map(
        op.find_groups(op.landscape(), region="Sleman", max_size=3), region="Sleman"
    )
    assert ax.kad_groups["members"].map(lambda m: "3404" in m).all()
    plt.close(ax.figure)


def test_every_kab_kota_gets_an_answer(land):
    graph = land.graph
    for code in land.codes:
        a = op.partners(code, land, max_size=2, n_groups=3)
        assert sorted(a.neighbours["region_code"]) == graph.adjacency[code]  # every neighbour, once
        assert a.neighbours["score"].is_monotonic_decreasing and a.text().startswith(
            graph.name(code)
        )


def test_region_groups_are_the_national_groups_containing_it(land):
    every = op.find_groups(land, max_size=4)
    for code in ("3302", "3471", "9471", "6471"):
        mine = op.find_groups(land, max_size=4, region=code)
        assert (
            mine["members"].tolist()
            == every[every["members"].map(lambda m, c=code: c in m)]["members"].tolist()
        )


def test_the_answer_speaks_english(land):
    kadlib.set_language("en")
    text = op.partners("Sleman", land).text()
    assert "Already cooperates in: Kartamantul" in text and "basis in both" in text


def test_any_groups_and_ranking_by_complementarity(star):
    found = op.find_groups(star, require="any", rank_by="complementarity")
    # Krugman: pq .8, qr .6, qs .4, pr .2, ps .4, rs .2 -> pqr = pqs = 1.6/3, pqrs = 2.6/6, qrs = qs = .4
    assert found["members"].tolist() == [
        ["p", "q"],
        ["q", "r"],
        ["p", "q", "r"],
        ["p", "q", "s"],
        ["p", "q", "r", "s"],
        ["q", "r", "s"],
        ["q", "s"],
    ]
    assert found["krugman_mean"].tolist() == pytest.approx(
        [0.8, 0.6, 1.6 / 3, 1.6 / 3, 2.6 / 6, 0.4, 0.4]
    )
    nothing = found.set_index(found["members"].map("".join)).loc["pqrs"]
    assert nothing["shared"] == [] and nothing["score"] == 0 and nothing["n_shared"] == 0
    assert len(op.find_groups(star, require="any")) == 7 and len(op.find_groups(star)) == 4
    with pytest.raises(KadDataError, match=r"(?s)rank_by.*score, complementarity"):
        op.find_groups(star, rank_by="lq")
