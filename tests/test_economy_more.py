"""Helpers that build economy inputs from the bundled data."""

from __future__ import annotations

import pandas as pd
import pytest

import kadlib
from kadlib import KadDataError
from kadlib import economy as e


def test_klassen_table_from_the_baseline():
    members = kadlib.group_members("Barlingmascakeb")
    t = e.klassen_table(kadlib.load_baseline(members + ["3300"]), 2013, 2019)
    b = kadlib.load_baseline(["3302"], indicators="pdrb_adhk_total").set_index("year")["value"]
    assert t.loc["3302", "growth"] == pytest.approx(((b[2019] / b[2013]) ** (1 / 6) - 1) * 100)
    pc = kadlib.load_baseline(["3302"], indicators="pdrb_per_capita_adhk").set_index("year")[
        "value"
    ]
    assert t.loc["3302", "level"] == pytest.approx(pc.loc[2013:2019].mean())


def test_klassen_table_refuses_a_missing_year():
    b = kadlib.load_baseline(["3302", "3300"])
    b = b[~((b.region_code == "3302") & (b.indicator == "pdrb_per_capita_adhk") & (b.year == 2016))]
    with pytest.raises(KadDataError, match="3302 / 2016"):
        e.klassen_table(b, 2013, 2019)


def test_aggregate_is_labelled_and_sums():
    s = kadlib.load_sector_pdrb(["3300", "3400"], years=2020)
    agg = e.aggregate(s, ["3300", "3400"], "JTDIY")
    new = agg[agg.region_code == "JTDIY"].set_index("sector_code")
    v = s.set_index(["region_code", "sector_code"])["value"]
    assert new.loc["A", "value"] == pytest.approx(v[("3300", "A")] + v[("3400", "A")])
    assert new["source"].iloc[0].startswith("sum of 2 regions")
    with pytest.raises(KadDataError, match="9100"):
        e.aggregate(s, ["3300", "9100"], "X")


def test_bps_table_through_the_same_analysis():
    from kadlib._paths import data_dir

    files = sorted((data_dir() / "examples").glob("*adhk*.csv"))
    with pytest.warns(UserWarning):
        own = pd.concat([kadlib.read_bps_table(f, annual_only=True) for f in files])
    own = own.dropna(subset=["region_code"])
    own = e.aggregate(own, sorted(own.region_code.unique()), "SUM34")
    ss = e.shift_share(own, 2020, 2023, reference="SUM34", regions=["3300"])
    assert len(ss) == 17
    total = own[(own.region_code == "3300") & (own.sector_code == "TOTAL")].set_index("year")[
        "value"
    ]
    assert ss["change"].sum() == pytest.approx(total[2023] - total[2020], abs=0.5)  # BPS rounding
