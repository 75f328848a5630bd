"""Issue 12 "method truth": each test here failed on the code before the fix it names.

Conventions under test: growth comparisons ("faster than the reference"), the
total the national LQ divides by, the default windows (pre-COVID), weighted
group aggregates, codes (not labels) in analysis frames, the "potensi"
measures and economy input checks.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

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


# =========================================================================== 1. MRP with negative growth
# Hand-worked: reference sector A falls 5 % while the reference total grows.
#   region 3302: A 100 -> 90 (-10 %: falls FASTER than the reference -> RPs "-";
#                the old ratio -0.10 / -0.05 = 2 called it "+")
#   region 3303: A 100 -> 98 (-2 %: falls SLOWER, i.e. grows faster -> RPs "+";
#                the old ratio 0.4 called it "-")
#   reference A: 1000 -> 950 (-5 %), B: 1000 -> 1150 (+15 %): total +5 % -> RPr(A) "-", RPr(B) "+".
NEG = sector_frame(
    {
        ("3302", 2015): {"A": 100, "B": 100},
        ("3302", 2019): {"A": 90, "B": 130},
        ("3303", 2015): {"A": 100, "B": 100},
        ("3303", 2019): {"A": 98, "B": 101},
        ("3300", 2015): {"A": 1000, "B": 1000},
        ("3300", 2019): {"A": 950, "B": 1150},
    }
)


def test_mrp_negative_reference_growth_by_hand():
    m = e.mrp(NEG, 2015, 2019).set_index(["region_code", "sector_code"])
    assert not m.loc[("3302", "A"), "rps_plus"]  # -10 % is not faster than -5 %
    assert m.loc[("3303", "A"), "rps_plus"]  # -2 % is faster than -5 %
    assert not m.loc[("3302", "A"), "rpr_plus"] and m.loc[("3302", "B"), "rpr_plus"]
    assert m.loc[("3302", "A"), "class"] == "mrp_FF"
    assert m.loc[("3303", "A"), "class"] == "mrp_TF"
    # the ratio has no "faster than" reading when its denominator growth is <= 0: not shown
    assert np.isnan(m.loc[("3302", "A"), "rps"])
    assert m.loc[("3302", "B"), "rps"] == pytest.approx(0.30 / 0.15)
    assert m.loc[("3302", "A"), "growth"] == pytest.approx(-10.0)
    assert m.loc[("3302", "A"), "reference_growth"] == pytest.approx(-5.0)
    assert m.loc[("3302", "A"), "reference_total_growth"] == pytest.approx(5.0)


def test_mrp_negative_and_zero_reference_total_growth():
    # reference total falls 5 %, its sector A falls only 2 %: A grows faster than the total -> RPr "+"
    # (old ratio -0.02 / -0.05 = 0.4 said "-"); zero sector growth in the reference: region growth > 0 is "+".
    t = sector_frame(
        {
            ("3302", 2015): {"A": 50, "B": 50},
            ("3302", 2019): {"A": 49, "B": 51},
            ("3300", 2015): {"A": 1000, "B": 1000},
            ("3300", 2019): {"A": 980, "B": 920},
        }
    )
    m = e.mrp(t, 2015, 2019).set_index("sector_code")
    assert m.loc["A", "rpr_plus"] and not m.loc["B", "rpr_plus"]
    assert np.isnan(m.loc["A", "rpr"])  # G = -5 %: ratio not shown
    zero = sector_frame(
        {
            ("3302", 2015): {"A": 50, "B": 50},
            ("3302", 2019): {"A": 51, "B": 50},
            ("3300", 2015): {"A": 1000, "B": 1000},
            ("3300", 2019): {"A": 1000, "B": 1100},
        }
    )
    z = e.mrp(zero, 2015, 2019).set_index("sector_code")
    assert z.loc["A", "rps_plus"] and z.loc["A", "class"] == "mrp_TF"  # 2 % > 0 %; RPr: 0 % < 5 %
    assert not z.loc["B", "rps_plus"]  # 0 % vs 10 %: a tie or less is not "+"


def test_mrp_real_transport_cases_2015_2020():
    """Transport (H) fell in DIY (-3.5 %) and Jawa Tengah (-12 %) over 2015-2020 (issue 12)."""
    codes = ["3402", "3404", "3471", "3301", "3302", "3303", "3304", "3305"]
    s = kadlib.load_sector_pdrb(codes, years=[2015, 2020], with_reference=True)
    m = e.mrp(s, 2015, 2020).set_index(["region_code", "sector_code"])
    sleman, bantul, kebumen = m.loc[("3404", "H")], m.loc[("3402", "H")], m.loc[("3305", "H")]
    assert sleman["growth"] == pytest.approx(-20.5, abs=0.05) and sleman[
        "reference_growth"
    ] == pytest.approx(-3.5, abs=0.05)
    assert not sleman["rps_plus"]  # the old ratio 5.88 called it "tumbuh menonjol"
    assert bantul["growth"] == pytest.approx(6.3, abs=0.05) and bantul["rps_plus"]
    assert kebumen["growth"] == pytest.approx(6.3, abs=0.05) and kebumen[
        "reference_growth"
    ] == pytest.approx(-12.0, abs=0.05)
    assert kebumen["rps_plus"]
    # every region-sector: the verdict is the direct comparison of the two growths
    np.testing.assert_array_equal(m["rps_plus"], m["growth"] > m["reference_growth"])
    np.testing.assert_array_equal(
        m["rpr_plus"], m["reference_growth"] > m["reference_total_growth"]
    )


def test_sektor_unggulan_follows_the_comparison_not_the_ratio():
    u = e.sektor_unggulan(NEG, 2015, 2019).set_index(["region_code", "sector_code"])
    # 3302 A: LQ_2019 = (90/220)/(950/2100) = 0.904; falls faster -> not unggulan, not "growing"
    assert not u.loc[("3302", "A"), "unggulan"] and u.loc[("3302", "A"), "class"] == "unggulan_FF"
    # 3303 A: LQ_2019 = (98/199)/(950/2100) = 1.089 > 1, falls slower than the reference -> unggulan
    assert u.loc[("3303", "A"), "lq"] == pytest.approx((98 / 199) / (950 / 2100))
    assert u.loc[("3303", "A"), "unggulan"] and u.loc[("3303", "A"), "class"] == "unggulan_TT"


def test_dlq_and_sector_klassen_stay_right_with_negative_growth():
    d = e.dynamic_lq(NEG, 2015, 2019).set_index(["region_code", "sector_code"])
    lq0 = e.location_quotient(NEG, year=2015).set_index(["region_code", "sector_code"])["lq"]
    lq1 = e.location_quotient(NEG, year=2019).set_index(["region_code", "sector_code"])["lq"]
    np.testing.assert_allclose(
        d["dlq"], (lq1 / lq0).reindex(d.index)
    )  # growth factors, never a ratio of rates
    assert d.loc[("3303", "A"), "dlq"] > 1 and d.loc[("3302", "A"), "dlq"] < 1
    k = e.sector_klassen(NEG, 2015, 2019).set_index(["region_code", "sector_code"])
    assert (
        k.loc[("3303", "A"), "growth"] > k.loc[("3303", "A"), "reference_growth"]
    )  # -0.5 %/yr > -1.27 %/yr
    assert (
        k.loc[("3303", "A"), "quadrant"] == 1 and k.loc[("3302", "A"), "quadrant"] == 4
    )  # shares 49.6 % vs 47.6 %


# =========================================================================== 8. economy input checks
def test_economy_refuses_a_series_with_a_kit_error():
    s = kadlib.load_sector_pdrb(["3302"], years=2019, with_reference=True)
    series = s.set_index("sector_code")["value"]
    for call in (
        lambda: e.location_quotient(series),
        lambda: e.structure(series),
        lambda: e.mrp(series),
        lambda: e.growth_rates(series),
        lambda: e.klassen_regions(series, reference="3300"),
    ):
        with pytest.raises(KadDataError, match="DataFrame"):
            call()


def test_economy_option_and_year_errors_are_kit_errors():
    f = pd.DataFrame({"region_code": ["A"] * 2, "year": [2020, 2021], "value": [1.0, 2.0]})
    with pytest.raises(KadDataError, match="geometric, arithmetic"):
        e.average_growth(f, 2020, 2021, method="median")
    with pytest.raises(KadDataError, match="classic, esteban"):
        e.shift_share(NEG, 2015, 2019, method="dunn")
    lq = e.location_quotient(NEG)
    with pytest.raises(KadDataError, match="2015, 2019"):
        e.shared_strengths(lq, ["3302", "3303"])


# =========================================================================== 2. the national total
def test_national_lq_divides_by_the_sum_of_the_17_categories_2020():
    s = kadlib.load_sector_pdrb(["3302", "3300"], years=2020, with_reference=True)
    v = s.set_index(["region_code", "sector_code"])["value"]
    assert v[("9999", "TOTAL")] == pytest.approx(
        10_722_999.3
    )  # PDB incl. taxes less subsidies on products
    categories = v.loc["9999"].drop("TOTAL").sum()
    assert categories == pytest.approx(10_331_632.3)
    lq = e.location_quotient(s, year=2020, reference="9999", regions=["3302", "3300"]).set_index(
        ["region_code", "sector_code"]
    )
    want = (v[("3302", "A")] / v[("3302", "TOTAL")]) / (v[("9999", "A")] / categories)
    assert lq.loc[("3302", "A"), "lq"] == pytest.approx(want)
    # the LQs of a region are a share-weighted average of 1 only when the totals match the categories
    share = (v.loc["3300"].drop("TOTAL") / v[("3300", "TOTAL")]).reindex(lq.loc["3300"].index)
    assert float(
        (
            lq.loc["3300", "lq"] * (v.loc["9999"].drop("TOTAL") / categories).reindex(share.index)
        ).sum()
    ) == pytest.approx(1.0, abs=1e-5)
    # the province's own total is the published TOTAL (its categories add up to it, to rounding)
    prov = e.location_quotient(s, year=2020).set_index(["region_code", "sector_code"])
    assert prov.loc[("3302", "A"), "lq"] == pytest.approx(
        (v[("3302", "A")] / v[("3302", "TOTAL")]) / (v[("3300", "A")] / v[("3300", "TOTAL")])
    )


def test_national_structure_shares_add_to_100():
    s = kadlib.load_sector_pdrb(["9999"], years=2020)
    assert e.structure(s)["share"].sum() == pytest.approx(100.0)


def test_national_total_needs_all_17_categories():
    s = kadlib.load_sector_pdrb(["3302"], years=2020, with_reference=True)
    part = s[
        s.sector_code.isin(["A", "C", "TOTAL"])
    ]  # a table cut to two categories: no national total
    with pytest.raises(KadDataError, match="17"):
        e.location_quotient(part, year=2020, reference="9999", regions=["3302"])


def test_the_144_basis_pairs_that_existed_only_because_of_the_pdb_total():
    s = kadlib.load_sector_pdrb(years=2020)
    lq = e.location_quotient(s, year=2020, reference="9999")  # every region but Indonesia
    v = s[s.region_code == "9999"].set_index("sector_code")["value"]
    inflated = lq["lq"] * v["TOTAL"] / v.drop("TOTAL").sum()  # what dividing by the PDB total gave
    assert int((inflated > 1).sum()) == 3295 and int((lq["lq"] > 1).sum()) == 3151


# =========================================================================== 3. default windows
def test_default_window_is_pre_covid_and_shown_in_outputs():
    assert e.SECTOR_WINDOW == (2015, 2019) and e.SECTOR_YEAR == 2019
    s = kadlib.load_sector_pdrb(["3302"], years=[2015, 2019, 2020], with_reference=True)
    for f in (e.mrp, e.dynamic_lq, e.shift_share, e.sector_klassen, e.sektor_unggulan):
        out = f(s)
        assert set(out["start"]) == {2015} and set(out["end"]) == {2019}, f.__name__
    pd.testing.assert_frame_equal(e.mrp(s), e.mrp(s, 2015, 2019))
    assert set(e.mrp(s, end=2020)["end"]) == {2020}  # still possible, when asked for


# =========================================================================== 4. weighted group figures
BARLINGMASCAKEB = ["3301", "3302", "3303", "3304", "3305"]


def test_group_poverty_rate_is_population_weighted_13_52():
    from kadlib import scenario as scn

    ind = scn.baseline_indicator("persentase_penduduk_miskin", BARLINGMASCAKEB, 2023)
    assert round(ind["baseline"], 2) == 13.52  # the unweighted mean of the five rates is 13.95
    assert ind["baseline_how"] == "weighted" and ind["baseline_weight"].startswith(
        "penduduk (tersirat"
    )
    assert "quarcs_indonesia514_gdp_pc" in ind["source"]  # the weight's sources are cited too
    mean = scn.baseline_indicator("persentase_penduduk_miskin", BARLINGMASCAKEB, 2023, how="mean")
    assert mean["baseline"] == pytest.approx(13.95)


def test_group_value_by_hand_and_its_weights():
    b = kadlib.load_baseline(BARLINGMASCAKEB, years=2023)
    w, source = e.population_weights(b, BARLINGMASCAKEB, 2023)
    v = b[b.indicator == "persentase_penduduk_miskin"].set_index("region_code")["value"]
    assert source == "implied" and e.group_value(
        b, "persentase_penduduk_miskin", BARLINGMASCAKEB, 2023
    )["value"] == (pytest.approx(float((v * w).sum() / w.sum())))
    # per capita PDRB of the group = summed PDRB / summed population
    pdrb = b[b.indicator == "pdrb_adhk_total"].set_index("region_code")["value"].sum()
    pc = e.group_value(b, "pdrb_per_capita_adhk", BARLINGMASCAKEB, 2023)["value"]
    assert pc == pytest.approx(
        pdrb / w.sum() * 1000
    )  # juta rupiah / persons -> ribu rupiah per person
    assert e.group_value(b, "pdrb_adhk_total", BARLINGMASCAKEB, 2023)["value"] == pytest.approx(
        pdrb
    )
    own = e.group_value(
        b, "persentase_penduduk_miskin", ["3301", "3302"], 2023, weights={"3301": 1, "3302": 3}
    )
    assert own["value"] == pytest.approx((10.99 + 3 * 12.53) / 4) and own["weight"] == "own"


def test_group_value_refuses_what_it_cannot_weight_or_average():
    b = kadlib.load_baseline(BARLINGMASCAKEB)
    with pytest.raises(
        KadDataError, match="3301"
    ):  # no population for 2024: neither implied nor counted
        e.group_value(b, "persentase_penduduk_miskin", BARLINGMASCAKEB, 2024)
    w, source = e.population_weights(b, BARLINGMASCAKEB, 2025)
    assert source == "count"  # 2025: Kemendagri's count, said so
    with pytest.raises(KadDataError, match="ipm"):
        e.group_value(b, "ipm", BARLINGMASCAKEB, 2023)
    tpt = e.group_value(b, "tingkat_pengangguran_terbuka", BARLINGMASCAKEB, 2023)
    assert tpt["how"] == "weighted" and "angkatan kerja" in tpt["note"]


# =========================================================================== 6. "potensi": size, or specialisation
def _potensi_case():
    t = sector_frame(
        {
            ("3302", 2019): {"A": 10, "C": 90},
            ("3303", 2019): {"A": 60, "C": 40},
            ("3300", 2019): {"A": 300, "C": 700},
        }
    )
    lq = e.location_quotient(t, year=2019)
    growth = pd.DataFrame(
        {
            "region_code": ["3302", "3302", "3303", "3303"],
            "sector_code": ["A", "C"] * 2,
            "growth": [1.0, 2.0, 3.0, 4.0],
        }
    )
    return t, lq, growth


def test_potensi_default_is_the_share_of_the_groups_pdrb():
    from kadlib import scoring

    t, lq, growth = _potensi_case()
    d = scoring.derived_criteria(["A", "C"], lq, growth, sector=t, members=["3302", "3303"])
    # group PDRB 200: A = 70 (35 %), C = 130 (65 %) -> C has the larger effect on the economy
    assert d.loc["A", "potensi_share_raw"] == pytest.approx(35.0) and d.loc[
        "C", "potensi_share_raw"
    ] == pytest.approx(65.0)
    assert (
        (d["potensi_measure"] == "share").all()
        and d.loc["C", "potensi"] == 5
        and d.loc["A", "potensi"] == 1
    )
    # mean LQ says the opposite: A is the specialisation (LQ 1/3 and 2) -> offered, named, not the default
    assert d.loc["A", "potensi_lq_raw"] == pytest.approx(((10 / 100) / 0.3 + (60 / 100) / 0.3) / 2)
    by_lq = scoring.derived_criteria(["A", "C"], lq, growth, members=["3302", "3303"], potensi="lq")
    assert by_lq.loc["A", "potensi"] == 5 and (by_lq["potensi_measure"] == "lq").all()
    assert by_lq.loc["A", "prospek_raw"] == pytest.approx(2.0)


def test_potensi_share_needs_the_sector_table():
    from kadlib import scoring

    t, lq, growth = _potensi_case()
    with pytest.raises(KadDataError, match="sector"):
        scoring.derived_criteria(["A", "C"], lq, growth, members=["3302", "3303"])
    with pytest.raises(KadDataError, match="share, lq"):
        scoring.derived_criteria(["A", "C"], lq, growth, sector=t, potensi="size")


# =========================================================================== 7. group membership and dates
def test_groups_keep_founding_apart_from_the_first_agreement():
    g = kadlib.load_groups().set_index("group_id")
    assert pd.isna(g.loc["kedungsepur", "founded"])  # 2018 is the MoU, not a founding date
    assert (
        g.loc["kedungsepur", "agreement_date"] == "2018-04-10"
        and "MoU" in g.loc["kedungsepur", "agreement"]
    )
    assert g.loc["sampan", "founded"] == 2003 and g.loc["sampan", "agreement_date"] == "2003-01-13"
    assert (
        g.loc["jabodetabekjur", "founded"] == 1976
        and g.loc["jabodetabekjur", "agreement_date"] == "1976-08-26"
    )


def test_uncertain_members_are_named_not_listed():
    g = kadlib.load_groups().set_index("group_id")
    assert (
        "3207" not in g.loc["kunci_bersama", "members"]
        and "Ciamis" in g.loc["kunci_bersama", "members_note"]
    )
    assert "3674" not in g.loc["jabodetabekjur", "members"]
    assert "Tangerang Selatan" in g.loc["jabodetabekjur", "members_note"]


def test_prospek_is_the_growth_of_the_groups_summed_sector():
    from kadlib import scoring

    t = sector_frame(
        {
            ("3302", 2015): {"A": 100, "C": 100},
            ("3302", 2019): {"A": 200, "C": 100},  # A doubles in a small base
            ("3303", 2015): {"A": 900, "C": 100},
            ("3303", 2019): {"A": 900, "C": 100},  # A flat in a big base
            ("3300", 2015): {"A": 5000, "C": 5000},
            ("3300", 2019): {"A": 5500, "C": 5500},
        }
    )
    members = ["3302", "3303"]
    lq, growth = e.location_quotient(t, year=2019), e.sector_klassen(t, 2015, 2019)
    d = scoring.derived_criteria(["A", "C"], lq, growth, members=members, sector=t)
    # group A: 1000 -> 1100 over 4 years; the mean of the two members' rates (18.9 % and 0 %) would say 9.5 %/yr
    assert d.loc["A", "prospek_raw"] == pytest.approx((1.1**0.25 - 1) * 100)
    assert (d["prospek_measure"] == "group_sum").all()
    plain = scoring.derived_criteria(["A", "C"], lq, growth, members=members, potensi="lq")
    assert plain.loc["A", "prospek_raw"] == pytest.approx(((2**0.25 - 1) * 100 + 0) / 2)
    assert (plain["prospek_measure"] == "mean_of_members").all()


def test_kabkota_and_province_totals_are_the_sum_of_their_categories():
    """Only Indonesia's TOTAL holds more than its categories; the kit's other totals are used as published."""
    s = kadlib.load_sector_pdrb(years=2019, drop_flagged=True)
    wide = s.pivot_table(index="region_code", columns="sector_code", values="value")
    gap = (wide["TOTAL"] - wide[list(e.BPS_CATEGORIES)].sum(axis=1)).abs()
    others = gap.drop("9999")
    assert (
        float((others / wide["TOTAL"].drop("9999")).max()) < 2e-4
    )  # rounding only (provinces: whole miliar)
    assert float(gap["9999"] / wide.loc["9999", "TOTAL"]) > 0.03  # taxes less subsidies on products


def test_bps_categories_match_the_sector_table():
    assert (
        list(e.BPS_CATEGORIES) == kadlib.load_sectors().sort_values("order")["sector_code"].tolist()
    )
