"""``python -m kadlib.live --session NAME --group Kartamantul``: run a live session until Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import threading

from . import start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kadlib.live", description="SKAD live workshop session"
    )
    parser.add_argument(
        "--session", required=True, help="session name (its file: <folder>/<name>.sqlite)"
    )
    parser.add_argument("--group", default=None, help="cooperation group, e.g. Kartamantul")
    parser.add_argument(
        "--host", default=None, help="address to bind (default: this laptop's LAN address)"
    )
    parser.add_argument("--port", type=int, default=None, help="port (default: a free one)")
    parser.add_argument(
        "--folder", default="lokakarya", help="folder of the session files (default: lokakarya)"
    )
    parser.add_argument("--open", default="", help="steps to open at once, e.g. factors,fields")
    parser.add_argument("--no-gate", action="store_true", help="do not compute the neighbour rule")
    args = parser.parse_args(argv)
    group = args.group.lower() if args.group else None
    session = start(
        args.session,
        group=group,
        host=args.host,
        port=args.port,
        folder=args.folder,
        gate=None if args.no_gate else "auto",
    )
    for step in filter(None, args.open.split(",")):
        session.open_step(step.strip())
    print(f"READY {session.port}", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: done.set())
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    done.wait()
    session.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
