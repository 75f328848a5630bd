"""The simulated random index of AHP, n = 1 ... 30, precomputed so that ``ahp`` answers in milliseconds.

Method
    For each n, ``SAMPLES`` random reciprocal n x n matrices: every upper-triangle
    cell drawn uniformly from Saaty's 17 values 1/9, 1/8, ..., 1, ..., 8, 9, the
    lower triangle its reciprocal, ones on the diagonal; the random index is the
    mean consistency index (lambda_max - n) / (n - 1) over them
    (:func:`kadlib.scoring.random_index_simulated`, numpy ``default_rng(SEED)``,
    one generator per n, matrices drawn in blocks of 2,000).
Seed and sample count
    ``SEED = 2024``, ``SAMPLES = 20000`` — the values ``ahp`` used when it
    simulated the index at call time, so the stored numbers are the same ones
    (``tests/test_inputs.py`` recomputes a few of them and compares exactly).
Regenerate
    ``python -m kadlib._ri_table`` prints the table; ``--write`` rewrites the
    ``RI_SIMULATED`` block below.  It takes a few minutes (n = 30 alone ~ 4 s).

The cap ``N_MAX`` (30) is :data:`kadlib.scoring.AHP_MAX_N`: 30 criteria are already
435 pairwise judgements, far beyond what a workshop room can give consistently
(Saaty advises about 7).
"""

from __future__ import annotations

SEED = 2024
SAMPLES = 20000
N_MAX = 30

# BEGIN GENERATED (python -m kadlib._ri_table --write)
RI_SIMULATED = (
    0.0,  # n = 1
    0.0,  # n = 2
    0.5289202644064573,  # n = 3
    0.8787790949218808,  # n = 4
    1.1047901440849361,  # n = 5
    1.2469649007225632,  # n = 6
    1.3387641462205826,  # n = 7
    1.401336969284165,  # n = 8
    1.4483454742447677,  # n = 9
    1.4852620444914872,  # n = 10
    1.5122500104045078,  # n = 11
    1.534365024151275,  # n = 12
    1.552759757521756,  # n = 13
    1.5688096833647127,  # n = 14
    1.5827810452155264,  # n = 15
    1.5937104341510127,  # n = 16
    1.6041540505932015,  # n = 17
    1.6134270307159977,  # n = 18
    1.6207319220491085,  # n = 19
    1.6278090379696863,  # n = 20
    1.6334929794162676,  # n = 21
    1.6402602191325197,  # n = 22
    1.6453571657289867,  # n = 23
    1.6502141247467632,  # n = 24
    1.6548994656791547,  # n = 25
    1.6588207393639376,  # n = 26
    1.6625189789128598,  # n = 27
    1.6658227783813069,  # n = 28
    1.6695753100245365,  # n = 29
    1.6725658341631293,  # n = 30
)
# END GENERATED


def _compute():
    from .scoring import random_index_simulated

    return tuple(random_index_simulated.__wrapped__(n, SAMPLES, SEED) for n in range(1, N_MAX + 1))


def main(argv=None):  # pragma: no cover - a maintenance script
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the table in this file")
    args = parser.parse_args(argv)
    values = _compute()
    body = (
        "RI_SIMULATED = (\n"
        + "".join(f"    {v!r},  # n = {n}\n" for n, v in enumerate(values, start=1))
        + ")\n"
    )
    print(body, end="")
    if args.write:
        path = Path(__file__)
        text = path.read_text(encoding="utf-8")
        head, rest = text.split("# BEGIN GENERATED (python -m kadlib._ri_table --write)\n", 1)
        _, tail = rest.split("# END GENERATED\n", 1)
        path.write_text(
            f"{head}# BEGIN GENERATED (python -m kadlib._ri_table --write)\n{body}# END GENERATED\n{tail}",
            encoding="utf-8",
        )


if __name__ == "__main__":  # pragma: no cover
    main()
