"""A rehearsal room: example participants who join and submit over HTTP, as phones would.

For trainers who want to try the session before the day (and for the lesson
notebook, which runs offline): ``rehearse(session, n=6)`` joins ``n``
participants named "Peserta latihan 1 ... n" through the real web pages on
loopback and submits every open step with seeded, invented judgements
(EXAMPLE input, not data).  Running it again adds nobody twice.
"""

from __future__ import annotations

import re

import numpy as np

from ..store import STEPS


def _csrf(text: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', text).group(1)


def _forms(config, rng, k, example_scores):
    crit = [c["id"] for c in config["criteria"]]
    yield (
        "factors",
        {
            f"r|{f['id']}|{m}": str(int(rng.integers(1, 6)))
            for f in config["factors"]
            for m in ("importance", "condition")
        },
    )
    fields = {}
    for f in config["fields"]:
        for c in crit:
            base = example_scores.get((f["id"], c), 3)
            fields[f"s|{f['id']}|{c}"] = str(int(np.clip(base + rng.integers(-1, 2), 1, 5)))
    yield "fields", fields
    if k % 2 == 0:
        pts = np.maximum(
            np.array([30, 20, 20, 15, 15][: len(crit)]) + rng.integers(-5, 6, len(crit)), 1
        )
        pts[0] += 100 - pts.sum()
        yield (
            "weights",
            {"mode": "points", **{f"p|{c}": str(int(v)) for c, v in zip(crit, pts, strict=True)}},
        )
    else:
        pairs = [(a, b) for i, a in enumerate(crit) for b in crit[i + 1 :]]
        choices = ["1/2", "1", "2", "3"]
        yield (
            "weights",
            {"mode": "ahp", **{f"a|{a}|{b}": choices[int(rng.integers(1, 4))] for a, b in pairs}},
        )
    vision = {"v|_vision": "1" if rng.random() < 0.8 else ""}
    for a in config.get("activities") or []:
        if rng.random() < 0.5:
            vision[f"v|{a['id']}"] = "1"
    yield "vision", vision


def rehearse(session, n: int = 6, *, seed: int = 0) -> list[str]:
    """Join ``n`` example participants through ``session``'s web pages and submit every open step.

    Returns the names of the participants added now (none when they are all there already).
    """
    import httpx

    from ..datasets import load_example_workshop

    st = session.store
    scores = load_example_workshop()["scores"]
    example = {
        (f, c): int(scores.loc[f, c])
        for f in scores.index
        for c in scores.columns
        if c in {x["id"] for x in st.config["criteria"]}
    }
    members = st.members or [""]
    existing = set(zip(st.participants()["name"], st.participants()["region"], strict=True))
    added = []
    open_steps = st.steps()
    for k in range(n):
        name, region = f"Peserta latihan {k + 1}", members[k % len(members)]
        rng = np.random.default_rng([seed, k])
        if (name, region) in existing:
            continue
        with httpx.Client(base_url=session.base_url, timeout=30.0) as c:
            token = _csrf(c.get("/gabung").text)
            r = c.post(
                "/gabung",
                data={
                    "csrf": token,
                    "name": name,
                    "region": region,
                    "role": "latihan",
                    "code": st.join_code,
                },
            )
            if r.status_code != 303:
                raise RuntimeError(f"rehearsal join failed: {r.status_code}")
            for step, data in _forms(st.config, rng, k, example):
                if open_steps.get(step) and step in STEPS:
                    r = c.post(f"/langkah/{step}", data={"csrf": token, **data})
                    if r.status_code != 303:
                        raise RuntimeError(f"rehearsal step {step} failed: {r.status_code}")
        added.append(name)
    return added
