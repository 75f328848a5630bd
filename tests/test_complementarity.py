"""Competition or complementarity between members (kadlib.complementarity): known answers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import kadlib
from kadlib import KadDataError, fields
from kadlib import complementarity as cp


def test_krugman_and_similarity_by_hand():
    a, b = [0.5, 0.3, 0.2, 0.0], [0.1, 0.3, 0.2, 0.4]
    # |0.4| + 0 + 0 + |0.4| = 0.8; FK = 0.1 + 0.3 + 0.2 + 0 = 0.6 = 1 - 0.8 / 2
    assert cp.krugman(a, b) == pytest.approx(0.8)
    assert cp.finger_kreinin(a, b) == pytest.approx(0.6)
    # cosine = (0.05 + 0.09 + 0.04) / (sqrt(0.38) * sqrt(0.30))
    assert cp.cosine(a, b) == pytest.approx(0.18 / np.sqrt(0.38 * 0.30))
    assert cp.krugman(a, a) == 0 and cp.finger_kreinin(a, a) == pytest.approx(1)
    assert (
        cp.krugman([1, 0], [0, 1]) == 2
        and cp.finger_kreinin([1, 0], [0, 1]) == 0
        and cp.cosine([1, 0], [0, 1]) == 0
    )
    assert np.isnan(cp.cosine([0, 0], [0, 1]))


def test_cross_check_with_scipy():
    from scipy.spatial import distance

    rng = np.random.default_rng(3)
    for _ in range(20):
        a, b = rng.dirichlet(np.ones(17)), rng.dirichlet(np.ones(17))
        assert cp.krugman(a, b) == pytest.approx(distance.cityblock(a, b))
        assert cp.cosine(a, b) == pytest.approx(1 - distance.cosine(a, b))
        assert cp.finger_kreinin(a, b) == pytest.approx(1 - distance.cityblock(a, b) / 2)


def test_measures_refuse_mismatched_or_negative_shares():
    with pytest.raises(KadDataError, match="tidak sepadan"):
        cp.krugman([0.5, 0.5], [1.0])
    with pytest.raises(KadDataError, match="negatif"):
        cp.krugman([1.5, -0.5], [0.5, 0.5])


def _sector():
    # two regions, three categories + TOTAL (TOTAL holds 10 of net taxes: shares use the sum of the categories)
    rows = [
        ("3301", "A", 60),
        ("3301", "C", 30),
        ("3301", "G", 10),
        ("3301", "TOTAL", 110),
        ("3302", "A", 20),
        ("3302", "C", 30),
        ("3302", "G", 50),
        ("3302", "TOTAL", 100),
    ]
    return pd.DataFrame(rows, columns=["region_code", "sector_code", "value"]).assign(year=2019)


def test_shares_are_over_the_sum_of_the_categories():
    s = cp.shares(_sector(), year=2019)
    assert s.loc["3301"].tolist() == pytest.approx([0.6, 0.3, 0.1])  # not 60 / 110
    pair = cp.pairwise(_sector(), ["3301", "3302"], year=2019).iloc[0]
    assert (pair.a, pair.b) == ("3301", "3302")
    assert pair.krugman == pytest.approx(0.4 + 0 + 0.4) and pair.finger_kreinin == pytest.approx(
        0.6
    )
    with pytest.raises(KadDataError, match=r"(?s)shares.*3303"):
        cp.shares(_sector(), year=2019, codes=["3301", "3303"])


def _lq(values):
    return pd.DataFrame(
        [(r, s, v) for (r, s), v in values.items()], columns=["region_code", "sector_code", "lq"]
    )


def test_roles_rivals_complements_none_and_the_edges():
    lq = _lq(
        {
            ("3301", "A"): 1.5,
            ("3302", "A"): 1.01,
            ("3303", "A"): 1.2,  # all basis -> rivals
            ("3301", "C"): 1.0,
            ("3302", "C"): 2.0,
            ("3303", "C"): 0.3,  # LQ = 1.0 is not basis -> complements
            ("3301", "G"): 0.9,
            ("3302", "G"): 1.0,
            ("3303", "G"): 0.5,  # none
            ("3301", "O"): 3.0,
            ("3302", "O"): 3.0,
            ("3303", "O"): 3.0,
        }
    )  # O: never a field, left out
    r = cp.roles(lq, ["3301", "3302", "3303"]).set_index("sector_code")
    assert r.index.tolist() == ["A", "C", "G"]
    assert r["role"].tolist() == ["rivals", "complements", "none"]
    assert r.loc["C", "basis"] == ["3302"] and r.loc["C", "not_basis"] == ["3301", "3303"]
    assert r.loc["A", "role_label"].startswith("bersaing")
    assert (
        cp.roles(lq, ["3301", "3302", "3303"], threshold=1.3)
        .set_index("sector_code")
        .loc["A", "role"]
        == "complements"
    )
    with pytest.raises(KadDataError, match="minimal dua daerah"):
        cp.roles(lq, ["3301"])
    with pytest.raises(KadDataError, match=r"(?s)roles.*3304"):
        cp.roles(lq, ["3301", "3304"])


def test_field_roles_use_any_category_and_skip_public_services():
    lq = _lq(
        {
            ("3301", "A"): 0.5,
            ("3302", "A"): 1.5,
            ("3301", "G"): 1.2,
            ("3302", "G"): 0.8,
            ("3301", "I"): 1.1,
            ("3302", "I"): 1.3,
        }
    )
    c = fields.candidates(
        members=["3301", "3302"], fields=["pasar_lelang", "pertanian", "pariwisata", "air_limbah"]
    )
    r = cp.field_roles(c, lq)
    # pasar_lelang is on A; G: 3302 basis in A, 3301 in G -> both basis in the field -> rivals
    assert r.loc["pasar_lelang", "role"] == "rivals" and r.loc["pasar_lelang", "basis"] == [
        "3301",
        "3302",
    ]
    assert r.loc["pertanian", "role"] == "complements" and r.loc["pariwisata", "role"] == "rivals"
    assert pd.isna(r.loc["air_limbah", "role"]) and pd.isna(r.loc["air_limbah", "n_basis"])


def test_field_roles_count_basis_members_as_whole_numbers():
    """n_basis is a count (1, not 1.0), also when a public-service field has none (<NA>)."""
    lq = _lq({("3301", "A"): 0.5, ("3302", "A"): 1.5})
    c = fields.candidates(members=["3301", "3302"], fields=["pertanian", "air_limbah"])
    r = cp.field_roles(c, lq)
    assert str(r["n_basis"].dtype) == "Int64"
    assert r.loc["pertanian", "n_basis"] == 1 and r.loc["air_limbah", "n_basis"] is pd.NA


def test_compare_two_real_regions():
    c = cp.compare("Kota Yogyakarta", "Kabupaten Sleman", year=2019)
    assert set(c["region_code"]) == {"3471", "3404"} and len(c) == 34
    city = c[c.region_code == "3471"].set_index("sector_code")
    assert city["share"].sum() == pytest.approx(100)
    assert (
        city.loc["A", "role"] == "none" and city.loc["A", "lq"] < 0.1
    )  # hardly any farming in the city
    assert pd.isna(city.loc["O", "role"])  # O gets no role
    # the attrs agree with recomputing the measure from the shares
    shares = c.pivot(index="sector_code", columns="region_code", values="share") / 100
    assert c.attrs["krugman"] == pytest.approx(np.abs(shares["3471"] - shares["3404"]).sum())
    s = cp.summary(c).set_index("measure")["value"]
    assert s[["n_rivals", "n_complements", "n_none"]].sum() == 16
    with pytest.raises(KadDataError, match="lebih dari sekali"):
        cp.compare("Sleman", "3404")


def test_compare_across_provinces_uses_each_own_province():
    c = cp.compare("Kabupaten Pacitan", "Kabupaten Gunungkidul", year=2019)
    lq = kadlib.economy.location_quotient(
        kadlib.load_sector_pdrb(["3501", "3403"], with_reference=True),
        year=2019,
        regions=["3501", "3403"],
    )
    assert set(lq["reference_code"]) == {"3500", "3400"}
    got = c.set_index(["region_code", "sector_code"])["lq"]
    assert np.allclose(
        got.loc[list(zip(lq.region_code, lq.sector_code, strict=True))].to_numpy(),
        lq["lq"].to_numpy(),
    )


def test_comparison_plot_marks_basis_and_roles():
    import matplotlib.pyplot as plt

    from kadlib import plots

    c = cp.compare("Kota Yogyakarta", "Kabupaten Sleman", year=2019)
    ax = plots.comparison_plot(c)
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert (
        len(ticks) == 17
        and ticks[0] == "Pertanian · bukan basis"
        and "Adm. pemerintahan · bukan bidang" in ticks
    )
    dots = sum(len(coll.get_offsets()) for coll in ax.collections)
    assert dots == int(c["basis"].sum())  # one dot per region-category with LQ > 1
    assert "0.30" in ax.get_title() or "0,30" in ax.get_title()
    plt.close(ax.figure)


def test_roles_speak_english():
    kadlib.set_language("en")
    lq = _lq({("3301", "A"): 1.5, ("3302", "A"): 1.2})
    assert cp.roles(lq, ["3301", "3302"])["role_label"].tolist() == [
        "rivals (basis in every member)"
    ]
