"""Regional economics: published worked examples, hand-worked cases, properties, real data."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kadlib
from kadlib import KadDataError
from kadlib import economy as e


def sector_frame(rows):
    """rows: {(region, year): {sector: value}} -> tidy sector table with TOTAL = sum."""
    out = []
    for (region, year), values in rows.items():
        for s, v in values.items():
            out.append((region, year, s, float(v)))
        out.append((region, year, "TOTAL", float(sum(values.values()))))
    return pd.DataFrame(out, columns=["region_code", "year", "sector_code", "value"])


# --------------------------------------------------------------------------- published example
# Krumme, "Shift & Share Table with Excel Explanations" (University of Washington, Geography 350):
# region "Holukuluku", 4 industries, 1985 -> 1995; national shares 10/20/40/30 % and national
# industry growth 10/20/30/40 % (total 29 %).  National levels are those shares of 100,000.
HOLUKULUKU = sector_frame(
    {
        ("R", 1985): {"I": 500, "II": 100, "III": 200, "IV": 200},
        ("R", 1995): {"I": 1000, "II": 100, "III": 250, "IV": 280},
        ("N", 1985): {"I": 10000, "II": 20000, "III": 40000, "IV": 30000},
        ("N", 1995): {"I": 11000, "II": 24000, "III": 52000, "IV": 42000},
    }
)


def test_krumme_location_quotients():
    lq = e.location_quotient(HOLUKULUKU, year=1985, reference="N").set_index("sector_code")["lq"]
    np.testing.assert_allclose(lq[["I", "II", "III", "IV"]], [5, 0.5, 0.5, 2 / 3])


def test_krumme_shift_share_by_industry():
    s = e.shift_share(HOLUKULUKU, 1985, 1995, reference="N").set_index("sector_code")
    np.testing.assert_allclose(
        s["reference_growth"], [145, 29, 58, 58]
    )  # national growth effect: 290
    np.testing.assert_allclose(s["industry_mix"], [-95, -9, 2, 22])  # composition effect: -80
    np.testing.assert_allclose(s["competitive"], [450, -20, -10, 0])  # differential effect: 420
    np.testing.assert_allclose(s["change"], [500, 0, 50, 80])  # regional growth: 630
    # "expected employment" columns of the table
    np.testing.assert_allclose(s["value_start"] + s["reference_growth"], [645, 129, 258, 258])
    np.testing.assert_allclose(
        s["value_start"] + s["reference_growth"] + s["industry_mix"], [550, 120, 260, 280]
    )


# --------------------------------------------------------------------------- hand-worked cases
SMALL = sector_frame(
    {
        ("3302", 2015): {"A": 60, "C": 40},
        ("3302", 2020): {"A": 90, "C": 44},
        ("3300", 2015): {"A": 500, "C": 500},
        ("3300", 2020): {"A": 600, "C": 550},
    }
)


def test_esteban_marquillas_by_hand():
    s = e.shift_share(SMALL, 2015, 2020, method="esteban").set_index("sector_code")
    # G = 0.15, G_A = 0.2, G_C = 0.1, g_A = 0.5, g_C = 0.1; homothetic = 100 * 0.5 = 50
    np.testing.assert_allclose(s["reference_growth"], [9, 6])
    np.testing.assert_allclose(s["industry_mix"], [3, -2])
    np.testing.assert_allclose(s["competitive"], [18, 0])
    np.testing.assert_allclose(s["homothetic"], [50, 50])
    np.testing.assert_allclose(s["competitive_homothetic"], [15, 0])
    np.testing.assert_allclose(s["allocation"], [3, 0])
    assert set(s["reference_code"]) == {"3300"}  # the province row, by default


def test_mrp_by_hand():
    m = e.mrp(SMALL, 2015, 2020).set_index("sector_code")
    np.testing.assert_allclose(m["rpr"], [0.2 / 0.15, 0.1 / 0.15])
    np.testing.assert_allclose(m["rps"], [0.5 / 0.2, 0.1 / 0.1])
    assert m.loc["A", "class"] == "mrp_TT"
    assert m.loc["C", "class"] == "mrp_FF"  # RPs = 1 is not "+"
    assert (
        e.with_labels(m).loc["A", "label"]
        == "pertumbuhan menonjol di wilayah kajian dan di wilayah pembanding"
    )


def test_sektor_unggulan_overlay():
    u = e.sektor_unggulan(SMALL, 2015, 2020).set_index("sector_code")
    # LQ 2020: A = (90/134)/(600/1150) = 1.287 > 1 and RPs 2.5 > 1 -> unggulan
    assert u.loc["A", "unggulan"] and not u.loc["C", "unggulan"]
    assert u.loc["A", "lq"] == pytest.approx((90 / 134) / (600 / 1150))


def test_dynamic_lq_equals_lq_ratio_and_classes():
    d = e.dynamic_lq(SMALL, 2015, 2020).set_index("sector_code")
    lq15 = e.location_quotient(SMALL, year=2015).set_index("sector_code")["lq"]
    lq20 = e.location_quotient(SMALL, year=2020).set_index("sector_code")["lq"]
    np.testing.assert_allclose(d["dlq"], lq20 / lq15)
    np.testing.assert_allclose(d["lq_end"], lq20)
    assert d.loc["A", "class"] == "lq_dlq_TT" and d.loc["C", "class"] == "lq_dlq_FF"
    assert e.with_labels(d).loc["A", "label"].startswith("unggulan")
    assert e.with_labels(d).loc["C", "label"].startswith("tertinggal")


def test_sector_klassen_by_hand():
    k = e.sector_klassen(SMALL, 2015, 2020).set_index("sector_code")
    # A: share (60% + 67.2%)/2 > 50 %, growth 8.45 %/yr > 3.71 %/yr -> prima
    assert k.loc["A", "quadrant"] == 1 and k.loc["A", "class"] == "klassen_sector_1"
    assert "prima" in e.with_labels(k).loc["A", "label"]
    # C: share below, growth (1.92 %) equal to the reference's -> not above -> quadrant 4
    assert k.loc["C", "quadrant"] == 4
    assert k.loc["A", "growth"] == pytest.approx(((90 / 60) ** (1 / 5) - 1) * 100)


def test_klassen_regions_quadrants_and_labels():
    t = pd.DataFrame(
        {"growth": [5.0, 6.0, 4.0, 6.0, 4.0, 5.0], "level": [100, 120, 120, 80, 80, 100]},
        index=["3300", "a", "b", "c", "d", "tie"],
    )
    k = e.klassen_regions(t, reference="3300")
    assert k["quadrant"].tolist() == [1, 2, 3, 4, 4]
    assert k.loc["a", "class"] == "klassen_region_1"  # a code: frames stay language-free
    shown = e.with_labels(k)
    assert shown.loc["a", "label"] == "Daerah cepat maju dan cepat tumbuh"  # Syafrizal's name
    assert shown.loc["d", "label"] == "Daerah relatif tertinggal"
    kadlib.set_language("en")
    assert (
        e.with_labels(e.klassen_regions(t, reference="3300")).loc["a", "label"]
        == "High income, high growth"
    )


def test_williamson_by_hand():
    y = pd.DataFrame({"region_code": ["a", "b"], "year": 2020, "value": [10.0, 30.0]})
    p = pd.DataFrame({"region_code": ["a", "b"], "year": 2020, "value": [1.0, 3.0]})
    # mean 25; variance 0.25*225 + 0.75*25 = 75
    assert e.williamson(y, p)["williamson"].iloc[0] == pytest.approx(np.sqrt(75) / 25)
    assert e.williamson(y, p, reference_mean={2020: 20.0})["williamson"].iloc[0] == pytest.approx(
        np.sqrt(0.25 * 100 + 0.75 * 100) / 20
    )


def test_theil_by_hand_and_decomposition():
    inc = pd.DataFrame(
        {"region_code": list("abcd"), "year": 2020, "value": [20.0, 80.0, 30.0, 70.0]}
    )
    pop = pd.DataFrame(
        {"region_code": list("abcd"), "year": 2020, "value": [50.0, 50.0, 40.0, 60.0]}
    )
    two = e.theil(inc[inc.region_code.isin(["a", "b"])], pop[pop.region_code.isin(["a", "b"])])
    assert two["theil"].iloc[0] == pytest.approx(0.2 * np.log(0.4) + 0.8 * np.log(1.6))
    t = e.theil(inc, pop, groups={"a": "g", "b": "g"}).iloc[0]
    assert t["between"] + t["within"] == pytest.approx(t["theil"])
    s, q = np.array([20, 80, 30, 70]) / 200, np.array([50, 50, 40, 60]) / 200
    assert t["theil"] == pytest.approx(np.sum(s * np.log(s / q)))


def test_growth_and_structure():
    f = pd.DataFrame(
        {
            "region_code": ["a"] * 4,
            "year": [2019, 2020, 2022, 2023],
            "value": [100.0, 90.0, 99.0, 108.9],
        }
    )
    g = e.growth_rates(f)["growth"].round(10).tolist()
    assert (
        np.isnan(g[0]) and g[1] == -10.0 and np.isnan(g[2]) and g[3] == pytest.approx(10.0)
    )  # 2021 missing
    a = e.average_growth(f, 2019, 2023)["growth"].iloc[0]
    assert a == pytest.approx(((108.9 / 100) ** 0.25 - 1) * 100)
    with pytest.raises(KadDataError, match="a / 2021"):
        e.average_growth(f, 2019, 2023, method="arithmetic")
    st_ = e.structure(SMALL)
    assert st_.groupby(["region_code", "year"])["share"].sum().round(10).eq(100).all()


def test_per_capita_and_missing_population():
    v = pd.DataFrame({"region_code": ["a", "b"], "year": 2020, "value": [1000.0, 500.0]})
    p = pd.DataFrame({"region_code": ["a"], "year": 2020, "value": [50.0]})
    with pytest.raises(KadDataError, match="b / 2020"):
        e.per_capita(v, p)


def test_shared_strengths_needs_two_members():
    lq = pd.DataFrame(
        {
            "region_code": ["a", "b", "c"] * 2,
            "sector_code": ["A"] * 3 + ["C"] * 3,
            "lq": [1.1, 1.2, 0.9, 1.5, 0.8, 0.7],
        }
    )
    out = e.shared_strengths(lq, ["a", "b", "c"])
    assert out["sector_code"].tolist() == ["A"] and out["members"].iloc[0] == ["a", "b"]


# --------------------------------------------------------------------------- rules
def test_missing_sector_raises_naming_region_year_sector():
    broken = SMALL[
        ~((SMALL.region_code == "3302") & (SMALL.year == 2020) & (SMALL.sector_code == "C"))
    ]
    with pytest.raises(KadDataError, match=r"(?s)3302 / 2020 / C.*tidak ada"):
        e.shift_share(broken, 2015, 2020)


def test_missing_reference_rows_say_how_to_add_them():
    with pytest.raises(KadDataError, match=r"(?s)3300 / 2020.*with_reference=True"):
        e.location_quotient(kadlib.load_sector_pdrb(["3302"], years=2020))


def test_flagged_unit_years_are_left_out_with_a_warning():
    s = kadlib.load_sector_pdrb(group="SAMPAN", with_reference=True, years=[2014, 2015])
    with pytest.warns(UserWarning, match=r"Kota Pekalongan \(3375\) 2014 \[jumlah 17 kategori"):
        lq = e.location_quotient(s, year=2014)
    assert "3375" not in set(lq["region_code"]) and "3326" in set(lq["region_code"])
    with pytest.warns(UserWarning, match=r"Kabupaten Tegal \(3328\) 2014 \[jumlah"):
        ss = e.shift_share(s, 2014, 2015)
    assert not {"3375", "3328"} & set(ss["region_code"])


# --------------------------------------------------------------------------- real data
def test_banyumas_lq_sector_a_2020_from_the_export():
    s = kadlib.load_sector_pdrb(["Banyumas"], years=2020, with_reference=True)
    lq = e.location_quotient(s, year=2020)
    row = lq[(lq.region_code == "3302") & (lq.sector_code == "A")].iloc[0]
    v = s.set_index(["region_code", "sector_code"])["value"]
    expected = (v[("3302", "A")] / v[("3302", "TOTAL")]) / (v[("3300", "A")] / v[("3300", "TOTAL")])
    assert row["lq"] == pytest.approx(expected) and round(row["lq"], 4) == 0.8992
    assert row["reference_code"] == "3300"


def test_reference_can_be_indonesia():
    s = kadlib.load_sector_pdrb(["3302"], years=2020, with_reference=True)
    lq = e.location_quotient(s, year=2020, reference="9999", regions=["3302"])
    assert set(lq["reference_code"]) == {"9999"} and len(lq) == 17


def test_implied_population_is_labelled_and_plausible():
    b = kadlib.load_baseline(["3471"], indicators=["pdrb_adhk_total", "pdrb_per_capita_adhk"])
    pop = e.implied_population(b).set_index("year")
    assert set(pop["indicator"]) == {"penduduk_tersirat"} and pop["source"].iloc[0].startswith(
        "derived"
    )
    assert pop.loc[2023, "value"] == pytest.approx(31378796.70 / 83521 * 1000)


# --------------------------------------------------------------------------- properties
positive = st.floats(min_value=1.0, max_value=1e6, allow_nan=False, allow_infinity=False)


@st.composite
def two_year_tables(draw, n_sectors=4):
    sectors = [f"S{i}" for i in range(n_sectors)]
    rows = {}
    for region in ("R", "N"):
        for year in (2015, 2020):
            rows[(region, year)] = {s: draw(positive) for s in sectors}
    return sector_frame(rows)


@settings(max_examples=60, deadline=None)
@given(two_year_tables())
def test_shift_share_components_add_up(table):
    s = e.shift_share(table, 2015, 2020, reference="N", method="esteban")
    terms = s[
        ["reference_growth", "industry_mix", "competitive", "competitive_homothetic", "allocation"]
    ]
    tol = 1e-9 * float(terms.abs().to_numpy().max())  # rounding of terms of this size
    np.testing.assert_allclose(
        s["reference_growth"] + s["industry_mix"] + s["competitive"], s["change"], atol=tol
    )
    np.testing.assert_allclose(
        s["competitive_homothetic"] + s["allocation"], s["competitive"], atol=tol
    )


@settings(max_examples=60, deadline=None)
@given(two_year_tables())
def test_lq_of_the_reference_against_itself_is_one(table):
    copy = table[table.region_code == "N"].assign(region_code="R")
    both = pd.concat([copy, table[table.region_code == "N"]])
    np.testing.assert_allclose(e.location_quotient(both, reference="N")["lq"], 1.0)


@settings(max_examples=60, deadline=None)
@given(st.lists(positive, min_size=2, max_size=8), positive)
def test_williamson_of_equal_per_capita_is_zero(pops, y):
    codes = [f"r{i}" for i in range(len(pops))]
    yf = pd.DataFrame({"region_code": codes, "year": 2020, "value": y})
    pf = pd.DataFrame({"region_code": codes, "year": 2020, "value": pops})
    assert e.williamson(yf, pf)["williamson"].iloc[0] == pytest.approx(0.0, abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(positive, positive), min_size=2, max_size=8), st.data())
def test_theil_between_plus_within_is_total(pairs, data):
    codes = [f"r{i}" for i in range(len(pairs))]
    groups = {c: data.draw(st.sampled_from(["g1", "g2", "g3"])) for c in codes}
    inc = pd.DataFrame({"region_code": codes, "year": 2020, "value": [a for a, _ in pairs]})
    pop = pd.DataFrame({"region_code": codes, "year": 2020, "value": [b for _, b in pairs]})
    t = e.theil(inc, pop, groups=groups).iloc[0]
    assert t["between"] + t["within"] == pytest.approx(t["theil"], abs=1e-9)
    assert t["theil"] >= -1e-12 and t["between"] >= -1e-12


@settings(max_examples=40, deadline=None)
@given(two_year_tables(), st.floats(min_value=0.01, max_value=100))
def test_lq_is_scale_free(table, k):
    scaled = table.copy()
    scaled.loc[scaled.region_code == "R", "value"] *= k
    a = e.location_quotient(table, reference="N")["lq"].to_numpy()
    b = e.location_quotient(scaled, reference="N")["lq"].to_numpy()
    np.testing.assert_allclose(a, b, rtol=1e-9)


def test_sector_starting_at_zero_is_undefined_not_misclassified():
    table = sector_frame(
        {
            ("3371", 2015): {"A": 10, "B": 0},
            ("3371", 2020): {"A": 12, "B": 3},
            ("3300", 2015): {"A": 500, "B": 100},
            ("3300", 2020): {"A": 600, "B": 110},
        }
    )
    s = e.shift_share(table, 2015, 2020, method="esteban").set_index("sector_code")
    assert s.loc["B", "competitive"] == 3.0  # all of the change, nothing from growth of 0
    assert np.isnan(s.loc["B", "allocation"])
    k = e.sector_klassen(table, 2015, 2020).set_index("sector_code")
    assert pd.isna(k.loc["B", "quadrant"]) and k.loc["B", "class"] == e.UNDEFINED
    assert e.with_labels(k).loc["B", "label"].startswith("tidak dapat dihitung")
    m = e.mrp(table, 2015, 2020).set_index("sector_code")
    assert m.loc["B", "class"] == e.UNDEFINED
    d = e.dynamic_lq(table, 2015, 2020).set_index("sector_code")
    assert d.loc["B", "class"] == e.UNDEFINED
