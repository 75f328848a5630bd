"""A live SKAD session: participants enter their own judgements from their phones, offline.

The facilitator starts it from a notebook cell (or ``make workshop``)::

    from kadlib import live
    session = live.start("kartamantul-2026-11", group="kartamantul")
    session            # shows the QR code, the join URL and the session file
    ...
    session.stop()

The server (Starlette, run by uvicorn in a background thread the notebook
owns) listens on the laptop's own network address — its Wi-Fi hotspot —
printed with the port; phones scan the QR code and join.  Everything goes
into the session's store (:mod:`kadlib.store`), so notebooks read it with the
usual functions (``store.ratings()``, ``store.decision_matrix()``,
``store.ahp_matrices()`` ...), and reopening the session after a restart
restores everything.  Starting the same session twice reuses the running server.

Public API
----------
start(session_name, group=None, host=None, port=None, folder="lokakarya", ...)
    Start (or reuse) the server of a session; returns a :class:`LiveSession`.
LiveSession
    ``url`` (join URL with the code), ``base_url``, ``facilitator_url``, ``host``,
    ``port``, ``store``, ``facilitator_key``, ``gate``, ``running``, ``qr_svg()``,
    ``open_step``, ``close_step``, ``stop()``; shows itself in a notebook (``_repr_html_``).
running()
    The sessions running in this process.
stop_all()
    Stop every running session.
lan_address()
    The laptop's address on its local network (or 127.0.0.1 when there is none).
create_app(store, ...)
    The web application itself (for tests and other servers).
rehearse(session, n=6, seed=0)
    Example participants join and submit over HTTP, as phones would (a rehearsal; EXAMPLE input).
"""

from __future__ import annotations

import html
import ipaddress
import socket
import threading
import time
import warnings

from .. import i18n
from ..store import open_session
from .app import create_app
from .rehearsal import rehearse

__all__ = ["start", "LiveSession", "running", "stop_all", "lan_address", "create_app", "rehearse"]

_RUNNING: dict[str, LiveSession] = {}
_LOCK = threading.Lock()


def lan_address() -> str:
    """The laptop's IPv4 address on its local network (hotspot / Wi-Fi), read from the interfaces (no traffic).

    Private addresses (192.168.*, 10.*, 172.16–31.*) come first; without any
    network the loopback address 127.0.0.1 is returned (phones cannot join then).

    Examples
    --------
    The address differs from laptop to laptop; it is always one IPv4 address as text:

    >>> import ipaddress
    >>> from kadlib import live
    >>> address = live.lan_address()
    >>> type(address).__name__, ipaddress.ip_address(address).version
    ('str', 4)
    """
    import psutil

    found = []
    for name, addrs in psutil.net_if_addrs().items():
        for a in addrs:
            if a.family != socket.AF_INET:
                continue
            ip = ipaddress.ip_address(a.address)
            if ip.is_loopback or ip.is_link_local:
                continue
            rank = 0 if a.address.startswith("192.168.") else 1 if ip.is_private else 2
            found.append((rank, name.startswith(("docker", "br-", "veth", "virbr")), a.address))
    return sorted(found)[0][2] if found else "127.0.0.1"


class LiveSession:
    """A running live session: its server thread, URLs, QR code and store.

    Made by :func:`start` (not directly).  ``url`` is what phones open (the QR code holds
    it), ``facilitator_url`` opens the facilitator's screen on the laptop, ``store`` is
    the session's :class:`~kadlib.store.Store`.

    Examples
    --------
    >>> import tempfile
    >>> import httpx
    >>> from kadlib import live
    >>> tmp = tempfile.TemporaryDirectory()
    >>> session = live.start("kartamantul-2026-11", group="kartamantul", host="127.0.0.1",
    ...                      folder=tmp.name, gate=None, quiet=True)
    >>> session
    LiveSession('kartamantul-2026-11', 'http://127.0.0.1:.../gabung?kode=...', running=True)
    >>> session.url == f"{session.base_url}/gabung?kode={session.store.join_code}"
    True
    >>> httpx.get(session.url).status_code  # what a phone sees: the join page
    200
    >>> session.qr_svg().startswith("<svg")
    True
    >>> session.open_step("factors")
    >>> session.store.steps()["factors"]
    True
    >>> session.stop()
    >>> session.running
    False
    >>> session.store.close()
    >>> tmp.cleanup()
    """

    def __init__(
        self,
        store,
        host,
        port,
        *,
        gate="auto",
        draws=500,
        quiet=False,
        warn_loopback=False,
        **limits,
    ):
        import uvicorn

        self.store = store
        self.host = host
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port or 0))
        self.port = sock.getsockname()[1]
        shown = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{shown}:{self.port}"
        self.url = f"{self.base_url}/gabung?kode={store.join_code}"
        app = create_app(
            store, join_url=self.url, qr_svg=self.qr_svg(), gate=gate, draws=draws, **limits
        )
        self.app = app
        self.facilitator_key = app.state.live.facilitator_key
        self.facilitator_url = f"{self.base_url}/fasilitator?kunci={self.facilitator_key}"
        config = uvicorn.Config(
            app, log_level="warning", access_log=False, lifespan="off", timeout_keep_alive=30
        )
        self._server = uvicorn.Server(config)
        self._server.install_signal_handlers = lambda: (
            None
        )  # a thread: the notebook keeps its own signals
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [sock]},
            daemon=True,
            name=f"kad-live-{store.name}",
        )
        self._sock = sock
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._server.started and self._thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        if not quiet:
            print(
                i18n.t(
                    "live_server",
                    name=store.name,
                    url=self.url,
                    host=host,
                    port=self.port,
                    path=store.path,
                )
            )
            print(i18n.t("live_facilitator_url", url=self.facilitator_url))
            if warn_loopback and host.startswith("127."):
                warnings.warn(i18n.t("live_no_lan"), stacklevel=3)

    @property
    def gate(self):
        """The neighbour rule per field (``{field: RuleVerdict}``), waiting for its computation if needed; or None."""
        state = self.app.state.live
        if state._gate_thread is not None:
            state._gate_thread.join(60)
        return state.gate

    @property
    def running(self) -> bool:
        return self._thread.is_alive() and not self._server.should_exit

    def qr_svg(self, scale: int = 8) -> str:
        """The join URL as a QR code (inline SVG, drawn with segno)."""
        import segno

        return segno.make(self.url, error="m").svg_inline(
            scale=scale, dark="#0b1f1a", light="#ffffff"
        )

    def open_step(self, step: str) -> None:
        self.store.open_step(step)

    def close_step(self, step: str) -> None:
        self.store.close_step(step)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server (the store stays open and keeps everything)."""
        self._server.should_exit = True
        self._thread.join(timeout)
        try:
            self._sock.close()
        except OSError:
            pass
        with _LOCK:
            if _RUNNING.get(str(self.store.path)) is self:
                del _RUNNING[str(self.store.path)]

    def _repr_html_(self) -> str:
        e = html.escape
        steps = ", ".join(
            f"{s}: {i18n.t('live_state_open' if v else 'live_state_closed')}"
            for s, v in self.store.steps().items()
        )
        return (
            f'<div style="display:flex;gap:1.5rem;align-items:center"><div style="width:220px">{self.qr_svg()}</div>'
            f"<div><b>{e(i18n.t('live_proj_join'))}</b><br><code>{e(self.url)}</code><br>"
            f"{e(i18n.t('live_proj_code'))}: <b style='font-size:1.6em'>{e(self.store.join_code)}</b><br>"
            f"{e(i18n.t('live_facilitator_url', url=self.base_url + '/fasilitator'))} "
            "(<code>.facilitator_url</code>)<br>"
            f"<small>{e(str(self.store.path))} · {e(steps)}</small></div></div>"
        )

    def __repr__(self):
        return f"LiveSession({self.store.name!r}, {self.url!r}, running={self.running})"


def start(
    session_name: str,
    group=None,
    host=None,
    port=None,
    *,
    folder="lokakarya",
    fields=None,
    config=None,
    gate="auto",
    draws: int = 500,
    quiet: bool = False,
    **limits,
) -> LiveSession:
    """Start the live session ``session_name`` (or return the one already running for it).

    Parameters
    ----------
    session_name : str
        Names the session and its store file ``<folder>/<name>.sqlite``.
    group : str, optional
        The cooperation group; participants choose their region from its members.
    host : str, optional
        The address to bind, explicit and printed; default the laptop's LAN
        address (:func:`lan_address`), never all interfaces unless you pass ``"0.0.0.0"``.
    port : int, optional
        Default: a free port.
    fields : dict, list or DataFrame, optional
        The group's candidate fields, e.g. ``{"sampah": "Pengelolaan sampah"}``
        (see :func:`kadlib.store.open_session`); default: the example fields.
    gate : "auto", None or dict
        The neighbour rule per field for the ranking on the facilitator's screen.
    quiet : bool
        Do not print the URLs.
    **limits
        ``max_body``, ``rate``, ``address_rate`` (see :func:`kadlib.live.app.create_app`).

    Returns
    -------
    LiveSession
        The running session (it prints where participants join, unless ``quiet``).

    Examples
    --------
    Here bound to this machine only (``127.0.0.1``), in a temporary folder; in a workshop
    leave ``host`` out, so phones on the laptop's hotspot can join:

    >>> import tempfile
    >>> from kadlib import live
    >>> tmp = tempfile.TemporaryDirectory()
    >>> session = live.start("kartamantul-2026-11", group="kartamantul", host="127.0.0.1",
    ...                      folder=tmp.name, gate=None)
    Sesi kartamantul-2026-11: peserta bergabung di http://127.0.0.1:.../gabung?kode=...
    (server berjalan di 127.0.0.1:...). Berkas sesi: .../kartamantul-2026-11.sqlite
    Layar fasilitator (buka di laptop ini): http://127.0.0.1:.../fasilitator?kunci=...
    >>> session.running, session.store.members
    (True, ['3402', '3404', '3471'])
    >>> live.start("kartamantul-2026-11", folder=tmp.name, quiet=True) is session  # already running
    True
    >>> session.stop()
    >>> session.store.close()
    >>> tmp.cleanup()
    """
    store = open_session(session_name, folder, group=group, config=config, fields=fields)
    with _LOCK:
        existing = _RUNNING.get(str(store.path))
        if existing is not None and existing.running:
            if not quiet:
                print(
                    i18n.t(
                        "live_server",
                        name=store.name,
                        url=existing.url,
                        host=existing.host,
                        port=existing.port,
                        path=store.path,
                    )
                )
            return existing
        session = LiveSession(
            store,
            host or lan_address(),
            port,
            gate=gate,
            draws=draws,
            quiet=quiet,
            warn_loopback=host is None,
            **limits,
        )
        _RUNNING[str(store.path)] = session
        return session


def running() -> list[LiveSession]:
    """The live sessions running in this process (a stopped one is no longer listed).

    Examples
    --------
    >>> import tempfile
    >>> from kadlib import live
    >>> tmp = tempfile.TemporaryDirectory()
    >>> session = live.start("latihan", host="127.0.0.1", folder=tmp.name, gate=None, quiet=True)
    >>> session in live.running()
    True
    >>> session.stop()
    >>> session in live.running()
    False
    >>> session.store.close()
    >>> tmp.cleanup()
    """
    with _LOCK:
        return [s for s in _RUNNING.values() if s.running]


def stop_all() -> None:
    """Stop every live session running in this process (their stores stay open and keep everything).

    Examples
    --------
    >>> import tempfile
    >>> from kadlib import live
    >>> tmp = tempfile.TemporaryDirectory()
    >>> a = live.start("pagi", host="127.0.0.1", folder=tmp.name, gate=None, quiet=True)
    >>> b = live.start("siang", host="127.0.0.1", folder=tmp.name, gate=None, quiet=True)
    >>> live.stop_all()
    >>> a.running, b.running, live.running()
    (False, False, [])
    >>> a.store.close(); b.store.close()
    >>> tmp.cleanup()
    """
    for s in running():
        s.stop()
