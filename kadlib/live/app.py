"""The live session's web application (Starlette): participant pages, the facilitator's screen, and guards.

Security, in one place:

* a **join code** per session; each participant gets an unguessable token in
  an ``HttpOnly``, ``SameSite=Lax`` cookie (only its hash is stored) and can
  change only their own entries;
* facilitator actions need the separate **facilitator key** (its hash is stored);
* a **CSRF token** on every form (HMAC of a per-browser cookie with the
  session's secret), checked on every POST;
* a **request size limit** and a simple **rate limit** per browser and per address;
* every participant text is escaped (:mod:`kadlib.live.pages`); a strict
  Content-Security-Policy allows only this server's own script;
* no endpoint reads a file or runs code: the script and style sheet are
  strings in this package, the QR code is drawn in memory.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import defaultdict, deque

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from .. import i18n
from ..errors import KadDataError
from ..store import STEPS, file_stem
from . import pages
from .summary import panel, room_summary

MAX_BODY = 64 * 1024
#: The one request that may be larger: the note taker's filled workbook (paper sheets typed in).
PAPER_PATH, PAPER_MAX_BODY = "/fasilitator/kertas", 4 * 1024 * 1024
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COOKIE_P, COOKIE_F, COOKIE_C, COOKIE_L = "kad_p", "kad_f", "kad_c", "kad_lang"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


class Guard:
    """ASGI middleware: request size limit and security headers on every response."""

    def __init__(self, app, max_body: int = MAX_BODY, *, larger=None):
        self.app, self.max_body = app, max_body
        self.larger = dict(larger or {})  # path -> its own limit (the paper upload)
        self.state = getattr(app, "state", None)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.larger.get(scope.get("path"), self.max_body)
        headers = dict(scope.get("headers") or [])
        try:
            length = int(headers.get(b"content-length", b"0") or 0)
        except ValueError:
            length = limit + 1
        if length > limit:
            return await _too_big(scope, receive, send)
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    scope["kad_too_big"] = True
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def secured_send(message):
            if message["type"] == "http.response.start":
                extra = [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"cache-control", b"no-store"),
                ]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, limited_receive, secured_send)


async def _too_big(scope, receive, send):
    lang = _lang_from_scope(scope)
    resp = HTMLResponse(pages.error_page(lang, pages.t("live_err_size", lang)), status_code=413)
    await resp(scope, receive, send)


def _lang_from_scope(scope) -> str:
    cookie = dict(scope.get("headers") or []).get(b"cookie", b"").decode("latin-1")
    return "en" if f"{COOKIE_L}=en" in cookie else "id"


class RateLimit:
    """At most ``n`` events per ``seconds`` for each key (sliding window)."""

    def __init__(self, n: int, seconds: float):
        self.n, self.seconds = n, seconds
        self._events: dict[str, deque] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            q = self._events[key]
            while q and now - q[0] > self.seconds:
                q.popleft()
            if len(q) >= self.n:
                return False
            q.append(now)
            return True


class Verdict:
    """The neighbour rule's verdict as the server keeps it: ``holds`` and the reason (its ``str``)."""

    def __init__(self, holds: bool, reason: str):
        self.holds, self.reason = holds, reason

    def __str__(self):
        return self.reason


def neighbour_verdicts(fields: dict) -> dict:
    """``{field: RuleVerdict}`` of the SKAD neighbour rule for ``{field: [region codes]}``."""
    from ..neighbours import neighbour_graph, neighbour_rule

    graph = neighbour_graph()
    return {fid: neighbour_rule(graph, codes) for fid, codes in fields.items()}


class LiveApp:
    """The state behind the web application of one session (see :func:`create_app`)."""

    def __init__(
        self,
        store,
        *,
        facilitator_key=None,
        join_url="",
        qr_svg="",
        gate=None,
        draws=500,
        rate=(30, 10.0),
        address_rate=(1200, 60.0),
    ):
        self.store = store
        self.facilitator_key = (
            store.set_facilitator_key(facilitator_key)
            if facilitator_key
            else store.new_facilitator_key()
        )
        self.join_url, self.qr_svg = join_url, qr_svg
        self.draws = draws
        self.per_browser = RateLimit(*rate)
        self.per_address = RateLimit(*address_rate)
        self._fac_tokens: set[str] = set()
        self._cache: dict = {}
        self._cache_lock = threading.Lock()
        self.gate = None if gate == "auto" else gate
        self._gate_thread = None
        if gate == "auto":
            self._gate_thread = threading.Thread(
                target=self._compute_gate, daemon=True, name="kad-gate"
            )
            self._gate_thread.start()
        from ..regions import region_name

        self.region_names = {}
        for code in store.members:
            try:
                self.region_names[code] = region_name(code, short=True)
            except (KadDataError, KeyError, ValueError):
                self.region_names[code] = code

    def _compute_gate(self):
        """The neighbour rule for every field with participating regions (boundaries: a few seconds, once).

        In a notebook (geopandas already loaded) it is computed here; a stand-alone server asks a
        short-lived child process, so that the server itself never loads the GIS stack (memory).
        """
        import json
        import subprocess
        import sys

        fields = {
            f["id"]: f["participants"]
            for f in self.store.config.get("fields") or []
            if f.get("participants")
        }
        if not fields:
            return
        try:
            if "geopandas" in sys.modules:
                self.gate = neighbour_verdicts(fields)
                return
            code = (
                "import json, sys; from kadlib.live.app import neighbour_verdicts; "
                "v = neighbour_verdicts(json.load(sys.stdin)); "
                "print(json.dumps({k: [x.holds, str(x)] for k, x in v.items()}))"
            )
            out = subprocess.run(
                [sys.executable, "-c", code],
                input=json.dumps(fields),
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            ).stdout
            self.gate = {
                k: Verdict(bool(h), r)
                for k, (h, r) in json.loads(out.strip().splitlines()[-1]).items()
            }
        except Exception:  # noqa: BLE001 - without boundaries the screen says "not determined"
            self.gate = None

    # ------------------------------------------------------------------ helpers
    def lang(self, request: Request) -> str:
        return "en" if request.cookies.get(COOKIE_L) == "en" else "id"

    def csrf(self, request: Request) -> tuple[str, str | None]:
        """(token for the form, new cookie seed to set or None)."""
        seed = request.cookies.get(COOKIE_C)
        new = None
        if not seed or len(seed) > 100:
            seed = new = secrets.token_urlsafe(24)
        return self.store.sign("csrf|" + seed), new

    def csrf_ok(self, request: Request, form) -> bool:
        seed = request.cookies.get(COOKIE_C)
        given = str(form.get("csrf") or "")
        return bool(seed) and secrets.compare_digest(given, self.store.sign("csrf|" + seed))

    def html(
        self, request, body: str, status: int = 200, *, seed=None, cookies=(), delete=()
    ) -> HTMLResponse:
        resp = HTMLResponse(body, status_code=status)
        return self._cookies(resp, seed, cookies, delete)

    def redirect(
        self, url: str, *, seed=None, cookies=(), delete=(), headers=None
    ) -> RedirectResponse:
        resp = RedirectResponse(url, status_code=303, headers=headers)
        return self._cookies(resp, seed, cookies, delete)

    @staticmethod
    def _cookies(resp, seed, cookies, delete):
        if seed:
            resp.set_cookie(COOKIE_C, seed, httponly=True, samesite="lax", max_age=86400)
        for name, value, strict in cookies:
            resp.set_cookie(
                name, value, httponly=True, samesite="strict" if strict else "lax", max_age=86400
            )
        for name in delete:
            resp.delete_cookie(name)
        return resp

    def limited(self, request: Request) -> bool:
        address = request.client.host if request.client else "?"
        browser = request.cookies.get(COOKIE_P) or request.cookies.get(COOKIE_C) or address
        return not (
            self.per_address.allow(address) and self.per_browser.allow(f"{address}|{browser}")
        )

    def person(self, request: Request):
        return self.store.participant_by_token(request.cookies.get(COOKIE_P))

    def is_facilitator(self, request: Request) -> bool:
        token = request.cookies.get(COOKIE_F)
        return bool(token) and token in self._fac_tokens

    def summary(self):
        key = (self.store.version(), tuple(self.store.steps().items()), self.gate is not None)
        with self._cache_lock:
            if self._cache.get("key") != key:
                self._cache = {
                    "key": key,
                    "value": room_summary(self.store, gate=self.gate, draws=self.draws),
                }
            return self._cache["value"]

    def error_text(self, err: KadDataError, lang: str) -> str:
        special = {
            "err_step_closed": "live_step_closed",
            "err_disk_full": "live_err_disk",
            "err_join_code": "live_err_code",
            "err_duplicate_name": "live_err_duplicate",
            "err_region_not_member": "live_err_region",
        }
        if err.key in special:
            return pages.t(special[err.key], lang)
        return pages.t("live_err_generic", lang, msg=err._sentence(lang))


# ============================================================================= endpoints
def _entries_from_form(app: LiveApp, step: str, form, lang: str):
    """The submitted form as store entries, or (None, message) when something is missing or invalid."""
    cfg = app.store.config
    lo, hi = cfg["scale"]
    entries, missing, invalid = {}, [], []

    def scale_value(name, what):
        raw = str(form.get(name) or "").strip()
        if not raw:
            missing.append(what)
            return None
        if not raw.isdigit() or not (lo <= int(raw) <= hi):
            invalid.append(what)
            return None
        return int(raw)

    if step == "factors":
        for f in cfg["factors"]:
            for m in ("importance", "condition"):
                entries[(f["id"], m)] = scale_value(
                    f"r|{f['id']}|{m}", f"{pages.label(f, lang)} ({pages.t('measure_' + m, lang)})"
                )
    elif step == "fields":
        for f in cfg["fields"]:
            for c in cfg["criteria"]:
                entries[(f["id"], c["id"])] = scale_value(
                    f"s|{f['id']}|{c['id']}", f"{pages.label(f, lang)}: {pages.label(c, lang)}"
                )
    elif step == "weights":
        mode = str(form.get("mode") or "")
        entries[("_mode", "mode")] = mode
        if mode == "points":
            total, ok = 0, True
            for c in cfg["criteria"]:
                raw = str(form.get(f"p|{c['id']}") or "").strip()
                if not raw.isdigit() or not 1 <= int(raw) <= 100:
                    ok = False
                    continue
                total += int(raw)
                entries[(c["id"], "points")] = int(raw)
            if not ok or total != 100:
                return None, pages.t("live_err_points", lang, total=total)
        elif mode == "ahp":
            crit = cfg["criteria"]
            for i, a in enumerate(crit):
                for b in crit[i + 1 :]:
                    v = pages.parse_ahp(form.get(f"a|{a['id']}|{b['id']}"))
                    if v is None:
                        invalid.append(
                            pages.t(
                                "live_ahp_pair",
                                lang,
                                a=pages.label(a, lang),
                                b=pages.label(b, lang),
                            )
                        )
                    entries[(f"{a['id']}|{b['id']}", "ahp")] = v
        else:
            missing.append(pages.t("live_mode", lang))
    elif step == "vision":
        for item in ["_vision", *[a["id"] for a in cfg.get("activities") or []]]:
            entries[(item, "vote")] = 1 if str(form.get(f"v|{item}") or "") == "1" else 0
            entries[(item, "comment")] = str(form.get(f"c|{item}") or "")[:1000]
    if missing:
        return None, pages.t(
            "live_err_missing",
            lang,
            item=", ".join(missing[:6]) + (" …" if len(missing) > 6 else ""),
        )
    if invalid:
        return None, pages.t("live_err_scale", lang, item=", ".join(invalid[:6]))
    return entries, None


def create_app(
    store,
    *,
    facilitator_key=None,
    join_url="",
    qr_svg="",
    gate=None,
    draws=500,
    max_body=MAX_BODY,
    rate=(30, 10.0),
    address_rate=(1200, 60.0),
):
    """The Starlette application of a live session on ``store``.

    Parameters
    ----------
    store : kadlib.store.Store
    facilitator_key : str, optional
        Default: a new key (``app.state.live.facilitator_key``).
    join_url, qr_svg : str
        Shown on the facilitator's screen.
    gate : None, "auto" or dict
        The neighbour rule per field for the ranking ("auto": computed from
        the boundaries in the background; None: shown as not determined).
    max_body : int
        Largest request body accepted (bytes).
    rate, address_rate : (n, seconds)
        At most n POSTs per browser, and per network address, in the window.
    """
    app_state = LiveApp(
        store,
        facilitator_key=facilitator_key,
        join_url=join_url,
        qr_svg=qr_svg,
        gate=gate,
        draws=draws,
        rate=rate,
        address_rate=address_rate,
    )
    A = app_state
    S = store

    async def home(request):
        person = A.person(request)
        return A.redirect("/langkah/factors" if person else "/gabung")

    async def join_get(request):
        lang = A.lang(request)
        token, seed = A.csrf(request)
        person = A.person(request)
        if person:
            return A.redirect("/langkah/factors", seed=seed)
        stale = bool(request.cookies.get(COOKIE_P))
        body = pages.join_page(
            lang,
            csrf=token,
            members=S.members,
            names=A.region_names,
            code=request.query_params.get("kode", "")[:6],
            error=pages.t("live_err_token", lang) if stale else None,
        )
        return A.html(request, body, seed=seed, delete=(COOKIE_P,) if stale else ())

    async def join_post(request):
        lang = A.lang(request)
        if A.limited(request):
            return A.html(
                request, pages.error_page(lang, pages.t("live_err_rate", lang), back="/gabung"), 429
            )
        form = await request.form(max_files=0, max_fields=50)
        token, seed = A.csrf(request)
        values = {k: str(form.get(k) or "")[:100] for k in ("name", "region", "role")}
        code = str(form.get("code") or "")[:12]

        def again(text, status=400):
            return A.html(
                request,
                pages.join_page(
                    lang,
                    csrf=token,
                    members=S.members,
                    names=A.region_names,
                    code=code,
                    values=values,
                    error=text,
                ),
                status,
                seed=seed,
            )

        if request.scope.get("kad_too_big"):
            return again(pages.t("live_err_size", lang), 413)
        if not A.csrf_ok(request, form):
            return again(pages.t("live_err_csrf", lang), 403)
        if not values["name"].strip():
            return again(pages.t("live_err_name", lang))
        if S.members and values["region"] not in S.members:
            return again(pages.t("live_err_region", lang))
        try:
            pid, secret = await run_in_threadpool(
                lambda: S.join(values["name"], values["region"], values["role"], join_code=code)
            )
        except KadDataError as err:
            return again(A.error_text(err, lang))
        return A.redirect(
            "/langkah/factors",
            seed=seed,
            cookies=[(COOKIE_P, secret, False)],
            headers={"X-Kad-Participant": pid},
        )

    def _render_step(
        request,
        lang,
        person,
        step,
        *,
        values=None,
        saved=False,
        error=None,
        status=200,
        token=None,
        seed=None,
    ):
        if values is None:
            values = S.current(person["id"], step)
        extra = ""
        if step == "weights" and values.get(("_mode", "mode")) == "ahp" and error is None:
            mats = S.ahp_matrices()
            if person["id"] in mats:
                from ..scoring import ahp

                labels = {c["id"]: pages.label(c, lang) for c in S.config["criteria"]}
                extra = pages.ahp_feedback(lang, ahp(mats[person["id"]]), labels)
        body = pages.step_page(
            lang,
            step,
            csrf=token,
            person=person,
            config=S.config,
            values=values,
            done=S.done_steps(person["id"]),
            open_steps=S.steps(),
            members_names=A.region_names,
            saved=saved,
            error=error,
            extra=extra,
        )
        return A.html(request, body, status, seed=seed)

    async def step_get(request):
        step = request.path_params["step"]
        if step not in STEPS:
            raise HTTPException(404)
        lang = A.lang(request)
        token, seed = A.csrf(request)
        person = A.person(request)
        if person is None:
            return A.redirect("/gabung", seed=seed)
        saved = request.query_params.get("tersimpan") == "1"
        return await run_in_threadpool(
            lambda: _render_step(request, lang, person, step, saved=saved, token=token, seed=seed)
        )

    async def step_post(request):
        started = time.perf_counter()
        step = request.path_params["step"]
        if step not in STEPS:
            raise HTTPException(404)
        lang = A.lang(request)
        if A.limited(request):
            return A.html(
                request,
                pages.error_page(lang, pages.t("live_err_rate", lang), back=f"/langkah/{step}"),
                429,
            )
        form = await request.form(max_files=0, max_fields=400)
        token, seed = A.csrf(request)
        person = A.person(request)
        if person is None:
            body = pages.join_page(
                lang,
                csrf=token,
                members=S.members,
                names=A.region_names,
                error=pages.t("live_err_token", lang),
            )
            return A.html(request, body, 403, seed=seed, delete=(COOKIE_P,))
        if request.scope.get("kad_too_big"):
            return await run_in_threadpool(
                lambda: _render_step(
                    request,
                    lang,
                    person,
                    step,
                    error=pages.t("live_err_size", lang),
                    status=413,
                    token=token,
                    seed=seed,
                )
            )
        if not A.csrf_ok(request, form):
            return await run_in_threadpool(
                lambda: _render_step(
                    request,
                    lang,
                    person,
                    step,
                    error=pages.t("live_err_csrf", lang),
                    status=403,
                    token=token,
                    seed=seed,
                )
            )
        entries, problem = _entries_from_form(A, step, form, lang)
        typed = {} if entries is None else {k: v for k, v in entries.items() if v is not None}
        if problem is None:
            try:
                sid = await run_in_threadpool(S.submit, person["id"], step, entries)
            except KadDataError as err:
                problem = A.error_text(err, lang)
            else:
                took = (
                    time.perf_counter() - started
                ) * 1000  # read, validate, commit: the server's share
                return A.redirect(
                    f"/langkah/{step}?tersimpan=1",
                    seed=seed,
                    headers={"X-Kad-Submission": str(sid), "Server-Timing": f"app;dur={took:.1f}"},
                )
        if not typed:  # keep what the participant typed on the page (nothing of it is stored)
            typed = _typed_values(step, form)
        return await run_in_threadpool(
            lambda: _render_step(
                request,
                lang,
                person,
                step,
                values=typed,
                error=problem,
                status=400,
                token=token,
                seed=seed,
            )
        )

    async def language(request):
        lang = (
            request.path_params["lang"] if request.path_params["lang"] in i18n.LANGUAGES else "id"
        )
        target = request.query_params.get("ke", "/")
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"
        resp = RedirectResponse(target, status_code=303)
        resp.set_cookie(COOKIE_L, lang, httponly=True, samesite="lax", max_age=86400 * 30)
        return resp

    # ------------------------------------------------------------------ facilitator
    def _fac_login(request):
        t = secrets.token_urlsafe(32)
        A._fac_tokens.add(t)
        return t

    async def facilitator(request):
        lang = A.lang(request)
        token, seed = A.csrf(request)
        key = request.query_params.get("kunci")
        if key is not None:
            if S.check_facilitator_key(key):
                return A.redirect(
                    "/fasilitator", seed=seed, cookies=[(COOKIE_F, _fac_login(request), True)]
                )
            return A.html(
                request,
                pages.login_page(lang, csrf=token, error=pages.t("live_err_key", lang)),
                403,
                seed=seed,
            )
        if not A.is_facilitator(request):
            return A.html(request, pages.login_page(lang, csrf=token), seed=seed)
        body = await run_in_threadpool(
            lambda: pages.projector_page(
                lang,
                panel_html=panel(lang, A.summary(), S.config, csrf=token, names=A.region_names),
                join_url=A.join_url,
                join_code=S.join_code,
                qr_svg=A.qr_svg,
                name=S.name,
            )
        )
        return A.html(request, body, seed=seed)

    async def facilitator_login(request):
        lang = A.lang(request)
        if A.limited(request):
            return A.html(
                request,
                pages.error_page(lang, pages.t("live_err_rate", lang), back="/fasilitator"),
                429,
            )
        form = await request.form(max_files=0, max_fields=10)
        token, seed = A.csrf(request)
        if not A.csrf_ok(request, form):
            return A.html(
                request,
                pages.login_page(lang, csrf=token, error=pages.t("live_err_csrf", lang)),
                403,
                seed=seed,
            )
        if not S.check_facilitator_key(str(form.get("key") or "")):
            return A.html(
                request,
                pages.login_page(lang, csrf=token, error=pages.t("live_err_key", lang)),
                403,
                seed=seed,
            )
        return A.redirect(
            "/fasilitator", seed=seed, cookies=[(COOKIE_F, _fac_login(request), True)]
        )

    async def facilitator_step(request):
        lang = A.lang(request)
        form = await request.form(max_files=0, max_fields=10)
        token, seed = A.csrf(request)
        if not A.is_facilitator(request):
            return A.html(
                request,
                pages.login_page(lang, csrf=token, error=pages.t("live_err_key", lang)),
                403,
                seed=seed,
            )
        if not A.csrf_ok(request, form):
            return A.html(
                request,
                pages.error_page(lang, pages.t("live_err_csrf", lang), back="/fasilitator"),
                403,
            )
        step, action = str(form.get("step")), str(form.get("action"))
        if step not in STEPS or action not in ("open", "close"):
            return A.html(
                request,
                pages.error_page(lang, pages.t("live_not_found", lang), back="/fasilitator"),
                400,
            )
        await run_in_threadpool(S.open_step if action == "open" else S.close_step, step)
        return A.redirect("/fasilitator", seed=seed)

    async def facilitator_panel(request):
        if not A.is_facilitator(request):
            return Response("", status_code=403)
        lang = A.lang(request)
        token, _ = A.csrf(request)
        html_ = await run_in_threadpool(
            lambda: panel(lang, A.summary(), S.config, csrf=token, names=A.region_names)
        )
        return HTMLResponse(html_)

    # ------------------------------------------------------------------ paper (a room without phones)
    async def paper_get(request):
        lang = A.lang(request)
        token, seed = A.csrf(request)
        if not A.is_facilitator(request):
            return A.html(request, pages.login_page(lang, csrf=token), seed=seed)
        return A.html(request, pages.paper_page(lang, csrf=token, name=S.name), seed=seed)

    async def paper_xlsx(request):
        if not A.is_facilitator(request):
            return Response("", status_code=403)
        data = await run_in_threadpool(_paper_workbook, S, A.lang(request))
        name = f"{file_stem(S.name)}_isian-kertas.xlsx"
        return Response(
            data,
            media_type=XLSX_TYPE,
            headers={"content-disposition": f'attachment; filename="{name}"'},
        )

    async def paper_post(request):
        lang = A.lang(request)
        token, seed = A.csrf(request)
        if not A.is_facilitator(request):
            return A.html(
                request,
                pages.login_page(lang, csrf=token, error=pages.t("live_err_key", lang)),
                403,
                seed=seed,
            )
        if request.scope.get("kad_too_big"):
            return A.html(request, pages.error_page(lang, pages.t("live_err_size", lang)), 413)
        form = await request.form(max_files=1, max_fields=5)
        if not A.csrf_ok(request, form):
            return A.html(
                request,
                pages.error_page(lang, pages.t("live_err_csrf", lang), back=PAPER_PATH),
                403,
            )
        upload = form.get("berkas")
        data = await upload.read() if hasattr(upload, "read") else b""
        if not data:
            body = pages.paper_page(
                lang, csrf=token, name=S.name, error=pages.t("live_paper_choose", lang)
            )
            return A.html(request, body, 400, seed=seed)
        try:
            report = await run_in_threadpool(
                _paper_import, S, data, getattr(upload, "filename", "") or ""
            )
        except KadDataError as err:
            body = pages.paper_page(lang, csrf=token, name=S.name, error=err._sentence(lang))
            return A.html(request, body, 400, seed=seed)
        body = pages.paper_page(lang, csrf=token, name=S.name, report=report, names=A.region_names)
        return A.html(request, body, seed=seed)

    async def script(request):
        return Response(pages.JS, media_type="text/javascript")

    async def style(request):
        return Response(pages.CSS, media_type="text/css")

    async def health(request):
        return Response("ok", media_type="text/plain")

    async def not_found(request, exc):
        lang = A.lang(request)
        code = getattr(exc, "status_code", 404)
        return HTMLResponse(
            pages.error_page(lang, pages.t("live_not_found", lang)), status_code=code
        )

    routes = [
        Route("/", home),
        Route("/gabung", join_get, methods=["GET"]),
        Route("/gabung", join_post, methods=["POST"]),
        Route("/langkah/{step}", step_get, methods=["GET"]),
        Route("/langkah/{step}", step_post, methods=["POST"]),
        Route("/bahasa/{lang}", language),
        Route("/fasilitator", facilitator, methods=["GET"]),
        Route("/fasilitator/masuk", facilitator_login, methods=["POST"]),
        Route("/fasilitator/langkah", facilitator_step, methods=["POST"]),
        Route("/fasilitator/panel", facilitator_panel),
        Route(PAPER_PATH, paper_get, methods=["GET"]),
        Route(PAPER_PATH, paper_post, methods=["POST"]),
        Route(PAPER_PATH + ".xlsx", paper_xlsx, methods=["GET"]),
        Route("/app.js", script),
        Route("/app.css", style),
        Route("/sehat", health),
    ]
    app = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})
    app.state.live = A
    return Guard(app, max_body=max_body, larger={PAPER_PATH: PAPER_MAX_BODY})


def _paper_workbook(store, lang) -> bytes:
    """The session's note taker's workbook (:func:`kadlib.worksheets.entry_workbook`) as bytes."""
    import tempfile
    from pathlib import Path

    from ..worksheets import entry_workbook

    with tempfile.TemporaryDirectory() as tmp:
        return entry_workbook(store, Path(tmp) / "isian-kertas.xlsx", lang=lang).read_bytes()


def _paper_import(store, data: bytes, filename: str):
    """Keep a copy of the upload next to the session file (``kertas/<time>/``), then import it."""
    import os
    from datetime import UTC, datetime
    from pathlib import Path

    from ..worksheets import import_filled

    folder = (
        Path(store.path).parent / "kertas"
        if str(store.path) != ":memory:"
        else Path(__import__("tempfile").mkdtemp())
    )
    folder = folder / datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")  # one folder per upload
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{file_stem(Path(filename).stem or 'isian')}.xlsx"  # the name messages show
    with open(path, "wb") as fh:  # the uploaded paper input is kept, whatever happens next
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    return import_filled(store, [path])


def _typed_values(step, form) -> dict:
    """What the participant typed, to show again after an error (never stored)."""
    out = {}
    for key, value in form.multi_items():
        parts = str(key).split("|")
        value = str(value)[:1000]
        if len(parts) == 3 and parts[0] in ("r", "s"):
            out[(parts[1], parts[2])] = int(value) if value.isdigit() else None
        elif len(parts) == 2 and parts[0] == "p":
            out[(parts[1], "points")] = int(value) if value.isdigit() else None
        elif len(parts) == 3 and parts[0] == "a":
            v = pages.parse_ahp(value)
            if v is not None:
                out[(f"{parts[1]}|{parts[2]}", "ahp")] = v
        elif len(parts) == 2 and parts[0] == "v":
            out[(parts[1], "vote")] = 1
        elif len(parts) == 2 and parts[0] == "c":
            out[(parts[1], "comment")] = value
        elif key == "mode":
            out[("_mode", "mode")] = value
    return out
