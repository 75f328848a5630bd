"""The real-browser harness itself works: Debian's Chromium renders a page served on loopback."""

from __future__ import annotations

import http.server
import threading

from conftest import PHONE


def test_chromium_renders_a_loopback_page(new_page, tmp_path):
    (tmp_path / "index.html").write_text(
        '<html><body><h1>Halo</h1><img src="https://cdn.example.org/x.png"></body></html>',
        encoding="utf-8",
    )
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), handler
    )  # test fixture only, not kit code
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page, guard = new_page(viewport=PHONE)
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/index.html")
        assert page.inner_text("h1") == "Halo"
        assert guard.blocked == [
            "https://cdn.example.org/x.png"
        ]  # the guard stops and reports off-machine requests
    finally:
        server.shutdown()
