"""HTML of the live session: plain forms that work without JavaScript, every participant text escaped.

Pure functions: data in, a page (str) out.  Nothing here reads a file or a request.
"""

from __future__ import annotations

import html
from fractions import Fraction
from urllib.parse import quote

from .. import i18n
from ..store import STEPS

STEP_LABEL = {s: f"live_step_{s}" for s in STEPS}
#: Saaty's scale as the select shows it: "9" (a far more important) ... "1" ... "1/9" (b far more important).
AHP_CHOICES = [str(v) for v in range(9, 1, -1)] + ["1"] + [f"1/{v}" for v in range(2, 10)]


def e(value) -> str:
    """Escape for HTML text and attribute values (quotes included)."""
    return html.escape("" if value is None else str(value), quote=True)


def t(key, lang, **kw) -> str:
    return i18n.t(key, lang=lang, **kw) if kw else i18n.t(key, lang=lang)


def label(item: dict, lang: str) -> str:
    return item.get(f"label_{lang}") or item.get("label_id") or item["id"]


def ahp_text(value: float) -> str:
    """A stored judgement as the select's value: 3.0 -> '3', 0.333.. -> '1/3'."""
    if value >= 1:
        return str(int(round(value)))
    return f"1/{int(round(1 / value))}"


def parse_ahp(text) -> float | None:
    text = str(text or "").strip()
    if text not in AHP_CHOICES:
        return None
    return float(Fraction(text))


CSS = """
*{box-sizing:border-box}body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;
background:#f6f7f9;color:#1b1f24;font-size:17px;line-height:1.4}
header{background:#0b5c4a;color:#fff;padding:.6rem .9rem;display:flex;justify-content:space-between;
align-items:center;gap:.5rem}header a{color:#fff}header h1{font-size:1.05rem;margin:0}
main{max-width:40rem;margin:0 auto;padding:.8rem}nav.steps{display:flex;gap:.3rem;flex-wrap:wrap;margin:.2rem 0 .8rem}
nav.steps a,nav.steps span{padding:.3rem .55rem;border-radius:1rem;background:#e3e8ee;color:#1b1f24;
text-decoration:none;font-size:.85rem}nav.steps .here{background:#0b5c4a;color:#fff}nav.steps .done::after{content:" ✓"}
fieldset{border:1px solid #cfd6de;border-radius:.5rem;background:#fff;margin:0 0 .8rem;padding:.6rem .7rem}
legend{font-weight:600;padding:0 .3rem}.row{margin:.35rem 0}.row>.what{display:block;font-size:.9rem;color:#3d4752}
.scale{display:flex;gap:.25rem}.scale label{flex:1;text-align:center}.scale input{position:absolute;opacity:0}
.scale span{display:block;padding:.45rem 0;border:1px solid #9aa6b2;border-radius:.4rem;background:#fff;font-weight:600}
.scale input:checked+span{background:#0b5c4a;color:#fff;border-color:#0b5c4a}
.scale input:focus-visible+span{outline:3px solid #f0b429}.ends{display:flex;justify-content:space-between;
font-size:.75rem;color:#5b6670}
input[type=text],input[type=number],select,textarea{width:100%;font-size:1rem;padding:.5rem;border:1px solid #9aa6b2;
border-radius:.4rem;background:#fff}textarea{min-height:3.2rem}label.block{display:block;margin:.5rem 0 .2rem;font-weight:600}
button{font-size:1.05rem;padding:.7rem 1.2rem;border:0;border-radius:.5rem;background:#0b5c4a;color:#fff;width:100%}
button.small{width:auto;padding:.35rem .8rem;font-size:.9rem}.msg{padding:.6rem .8rem;border-radius:.5rem;margin:.6rem 0}
.ok{background:#e3f4ea;border:1px solid #4f9d69}.err{background:#fdecea;border:1px solid #c0392b}
.note{background:#fff7e0;border:1px solid #d9a400}.muted{color:#5b6670;font-size:.85rem}
.pts{display:flex;align-items:center;gap:.5rem}.pts input{width:6rem;flex:none}.total{font-weight:700}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #e3e8ee;padding:.25rem .4rem;
text-align:left;font-size:.9rem}td.n,th.n{text-align:right}td.n{white-space:nowrap}.yes{color:#0b5c4a;font-weight:700}.no{color:#b7bec6}
.fail{color:#a33}.proj main{max-width:none;display:grid;grid-template-columns:1fr 1fr 1fr;gap:.8rem}
.proj section{background:#fff;border:1px solid #cfd6de;border-radius:.5rem;padding:.5rem .7rem;overflow:auto}
.proj h2{font-size:1rem;margin:.1rem 0 .4rem}.proj .qr svg{max-width:100%;height:auto}
.proj .code{font-size:2rem;font-weight:800;letter-spacing:.2rem}.proj .wide{grid-column:span 2}
.proj body,.proj{font-size:19px}.proj td,.proj th{font-size:1rem}.proj h2{font-size:1.2rem}
.proj .who{max-height:14rem;overflow:auto}.warn{background:#fdecea;border:1px solid #c0392b;padding:.4rem .6rem;border-radius:.4rem}
.bar{background:#0b5c4a;height:.6rem;border-radius:.2rem}
"""

JS = """
(function(){
  var f=document.querySelector('form[data-points]');
  if(f){var boxes=f.querySelectorAll('input[data-pt]'),out=document.getElementById('pts-total');
    var sum=function(){var s=0;boxes.forEach(function(b){var v=parseInt(b.value,10);if(!isNaN(v))s+=v;});
      out.textContent=s+' / 100';out.style.color=(s===100)?'#0b5c4a':'#c0392b';};
    boxes.forEach(function(b){b.addEventListener('input',sum);});sum();
    var modes=f.querySelectorAll('input[name=mode]'),show=function(){var m=f.querySelector('input[name=mode]:checked');
      document.querySelectorAll('[data-mode]').forEach(function(s){s.hidden=!!m&&s.getAttribute('data-mode')!==m.value;});};
    modes.forEach(function(r){r.addEventListener('change',show);});show();}
  var live=document.getElementById('live');
  if(live&&live.dataset.src){var tick=function(){var x=new XMLHttpRequest();x.open('GET',live.dataset.src);
    x.onload=function(){if(x.status===200){live.innerHTML=x.responseText;}};x.send();};setInterval(tick,3000);}
})();
"""


def page(
    title: str,
    body: str,
    lang: str,
    *,
    here: str = "/",
    proj: bool = False,
    refresh: int | None = None,
) -> str:
    other = "en" if lang == "id" else "id"
    meta = (
        f'<noscript><meta http-equiv="refresh" content="{int(refresh)}"></noscript>'
        if refresh
        else ""
    )
    return (
        f'<!doctype html><html lang="{lang}"{" class=proj" if proj else ""}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{e(title)}</title><link rel="stylesheet" href="/app.css">{meta}</head><body>'
        f'<header><h1>{e(title)}</h1><a href="/bahasa/{other}?ke={e(quote(here, safe="/"))}">{e(t("live_lang_other", lang))}</a>'
        f'</header><main>{body}</main><script src="/app.js"></script></body></html>'
    )


def message(kind: str, text: str) -> str:
    return (
        f'<div class="msg {kind}" role="{"alert" if kind == "err" else "status"}">{e(text)}</div>'
    )


def csrf_field(token: str) -> str:
    return f'<input type="hidden" name="csrf" value="{e(token)}">'


# ----------------------------------------------------------------------------- participant pages
def join_page(lang, *, csrf, members, names, code="", values=None, error=None) -> str:
    values = values or {}
    opts = "".join(
        f'<option value="{e(c)}"{" selected" if values.get("region") == c else ""}>{e(names.get(c, c))}'
        "</option>"
        for c in members
    )
    region = (
        f'<select id="region" name="region"><option value="">{e(t("live_region_choose", lang))}</option>{opts}'
        "</select>"
        if members
        else f'<input type="text" id="region" name="region" maxlength="20" value="{e(values.get("region", ""))}">'
    )
    body = (message("err", error) if error else "") + (
        f'<form method="post" action="/gabung">{csrf_field(csrf)}'
        f'<label class="block" for="name">{e(t("live_name", lang))}</label>'
        f'<input type="text" id="name" name="name" maxlength="80" autocomplete="name" value="{e(values.get("name", ""))}">'
        f'<label class="block" for="region">{e(t("live_region", lang))}</label>{region}'
        f'<label class="block" for="role">{e(t("live_role", lang))}</label>'
        f'<input type="text" id="role" name="role" maxlength="80" value="{e(values.get("role", ""))}">'
        f'<label class="block" for="code">{e(t("live_join_code", lang))}</label>'
        f'<input type="text" id="code" name="code" inputmode="numeric" maxlength="6" value="{e(code)}">'
        f'<p><button type="submit">{e(t("live_join_button", lang))}</button></p></form>'
    )
    return page(
        t("live_join_title", lang), body, lang, here=f"/gabung?kode={code}" if code else "/gabung"
    )  # keep the QR's code


def step_nav(lang, current, done, open_steps) -> str:
    parts = []
    for k, s in enumerate(STEPS, start=1):
        cls = " ".join(
            c for c in ("here" if s == current else "", "done" if s in done else "") if c
        )
        lock = "" if open_steps.get(s) else " 🔒"
        parts.append(
            f'<a class="{cls}" href="/langkah/{s}">{k}. {e(t(STEP_LABEL[s], lang))}{lock}</a>'
        )
    return f'<nav class="steps" aria-label="{e(t("live_steps", lang))}">{"".join(parts)}</nav>'


def _scale(name, value, lo, hi, lang, what) -> str:
    cells = "".join(
        f'<label><input type="radio" name="{e(name)}" value="{v}"{" checked" if value == v else ""}>'
        f"<span>{v}</span></label>"
        for v in range(int(lo), int(hi) + 1)
    )
    return f'<div class="row"><span class="what">{e(what)}</span><div class="scale">{cells}</div></div>'


def step_page(
    lang,
    step,
    *,
    csrf,
    person,
    config,
    values,
    done,
    open_steps,
    members_names,
    saved=False,
    error=None,
    extra="",
) -> str:
    """The form of one step, prefilled with ``values`` ({(item, measure): value or text})."""
    lo, hi = config["scale"]
    head = step_nav(lang, step, done, open_steps)
    region = members_names.get(person["region"], person["region"])
    head += f'<p class="muted">{e(t("live_welcome", lang, name=person["name"], region=region))}</p>'
    if saved:
        head += message("ok", t("live_saved", lang))
    if error:
        head += message("err", error)
    head += extra
    if not open_steps.get(step):
        return page(
            t(STEP_LABEL[step], lang),
            head + message("note", t("live_step_closed", lang)),
            lang,
            here=f"/langkah/{step}",
        )
    ends = (
        f'<div class="ends"><span>1 = {e(t("live_scale_lo", lang))}</span>'
        f"<span>{int(hi)} = {e(t('live_scale_hi', lang))}</span></div>"
    )
    form = []
    if step == "factors":
        form.append(f"<p>{e(t('live_factors_help', lang))}</p>")
        for f in config["factors"]:
            rows = "".join(
                _scale(
                    f"r|{f['id']}|{m}",
                    values.get((f["id"], m)),
                    lo,
                    hi,
                    lang,
                    t(f"measure_{m}", lang),
                )
                for m in ("importance", "condition")
            )
            form.append(f"<fieldset><legend>{e(label(f, lang))}</legend>{rows}{ends}</fieldset>")
    elif step == "fields":
        form.append(f"<p>{e(t('live_fields_help', lang))}</p>")
        if config.get("fields_note") == "example":
            form.append(message("note", t("live_example_fields_participant", lang)))
        for f in config["fields"]:
            rows = "".join(
                _scale(
                    f"s|{f['id']}|{c['id']}",
                    values.get((f["id"], c["id"])),
                    lo,
                    hi,
                    lang,
                    label(c, lang),
                )
                for c in config["criteria"]
            )
            form.append(f"<fieldset><legend>{e(label(f, lang))}</legend>{rows}{ends}</fieldset>")
    elif step == "weights":
        form.append(_weights_form(lang, config, values))
    elif step == "vision":
        form.append(_vision_form(lang, config, values))
    attrs = ' data-points="1"' if step == "weights" else ""
    nxt = STEPS[STEPS.index(step) + 1] if step != STEPS[-1] else None
    link = (
        f'<p><a href="/langkah/{nxt}">{e(t("live_next", lang))}: {e(t(STEP_LABEL[nxt], lang))} →</a></p>'
        if nxt and saved
        else ""
    )
    body = (
        head
        + f'<form method="post" action="/langkah/{step}"{attrs}>{csrf_field(csrf)}{"".join(form)}'
        f'<p><button type="submit">{e(t("live_submit", lang))}</button></p></form>{link}'
    )
    return page(t(STEP_LABEL[step], lang), body, lang, here=f"/langkah/{step}")


def _weights_form(lang, config, values) -> str:
    crit = config["criteria"]
    mode = values.get(("_mode", "mode")) or "points"
    radios = "".join(
        f'<label><input type="radio" name="mode" value="{m}"{" checked" if mode == m else ""}> '
        f"{e(t(k, lang))}</label><br>"
        for m, k in (("points", "live_points"), ("ahp", "live_ahp"))
    )
    pts = "".join(
        f'<div class="row pts"><input type="number" data-pt="1" min="1" max="100" step="1" '
        f'id="pt-{e(c["id"])}" name="p|{e(c["id"])}" value="{e(_int(values.get((c["id"], "points"))))}">'
        f'<label for="pt-{e(c["id"])}">{e(label(c, lang))}</label></div>'
        for c in crit
    )
    pairs = []
    for i, a in enumerate(crit):
        for b in crit[i + 1 :]:
            got = values.get((f"{a['id']}|{b['id']}", "ahp"))
            chosen = ahp_text(got) if got is not None else "1"
            opts = []
            for choice in AHP_CHOICES:
                v = Fraction(choice)
                text = (
                    t("live_ahp_equal", lang)
                    if v == 1
                    else t("live_ahp_more", lang, a=label(a, lang), v=int(v))
                    if v > 1
                    else t("live_ahp_more", lang, a=label(b, lang), v=int(1 / v))
                )
                opts.append(
                    f'<option value="{choice}"{" selected" if choice == chosen else ""}>{e(text)}</option>'
                )
            name = f"a|{a['id']}|{b['id']}"
            pairs.append(
                f'<label class="block" for="{e(name)}">{e(t("live_ahp_pair", lang, a=label(a, lang), b=label(b, lang)))}'
                f'</label><select id="{e(name)}" name="{e(name)}">{"".join(opts)}</select>'
            )
    return (
        f"<p>{e(t('live_weights_help', lang))}</p><fieldset><legend>{e(t('live_mode', lang))}</legend>{radios}"
        f'</fieldset><fieldset data-mode="points"><legend>{e(t("live_points", lang))}</legend>{pts}'
        f'<p>{e(t("live_points_total", lang))}: <span id="pts-total" class="total">–</span></p></fieldset>'
        f'<fieldset data-mode="ahp"><legend>{e(t("live_ahp", lang))}</legend>{"".join(pairs)}</fieldset>'
    )


def _int(v):
    return "" if v is None else int(v)


def _vision_form(lang, config, values) -> str:
    vision = (config.get("vision") or {}).get(f"label_{lang}") or (config.get("vision") or {}).get(
        "label_id"
    )
    items = [("_vision", t("live_vision", lang), vision or t("live_no_vision", lang))]
    items += [(a["id"], label(a, lang), None) for a in config.get("activities") or []]
    out = [f"<p>{e(t('live_vision_help', lang))}</p>"]
    for k, (item, title, text) in enumerate(items):
        checked = " checked" if values.get((item, "vote")) == 1 else ""
        comment = values.get((item, "comment")) or ""
        box = (
            f'<label><input type="checkbox" name="v|{e(item)}" value="1"{checked}> {e(t("live_support", lang))}</label>'
            f'<label class="block" for="c{k}">{e(t("live_comment", lang))}</label>'
            f'<textarea id="c{k}" name="c|{e(item)}" maxlength="1000">{e(comment)}</textarea>'
        )
        legend = e(title) if item == "_vision" else f"{e(t('live_activities', lang))}: {e(title)}"
        out.append(
            f"<fieldset><legend>{legend}</legend>{'<p>' + e(text) + '</p>' if text else ''}{box}</fieldset>"
        )
    return "".join(out)


def ahp_feedback(lang, result, labels_by_id) -> str:
    """The participant's own CR, the least consistent pair and their weights, right after saving."""
    cr = i18n.format_number(result.cr, 2, lang=lang)
    text = t("live_cr", lang, cr=cr) + " — "
    kind = "ok"
    if result.consistent:
        text += t("live_cr_ok", lang)
    else:
        kind = "err"
        a, b, given, ideal = result.worst_pair
        text += t(
            "live_cr_bad",
            lang,
            a=labels_by_id.get(a, a),
            b=labels_by_id.get(b, b),
            given=ahp_text(given),
            ideal=i18n.format_number(ideal, 1, lang=lang),
        )
    weights = ", ".join(
        f"{labels_by_id.get(c, c)} {i18n.format_number(100 * w, 0, lang=lang)} %"
        for c, w in result.weights.items()
    )
    return (
        message(kind, text)
        + f'<p class="muted">{e(t("live_your_weights", lang))}: {e(weights)}</p>'
    )


def error_page(lang, text, *, back="/") -> str:
    return page(
        t("live_title", lang),
        message("err", text) + f'<p><a href="{e(back)}">{e(t("live_back", lang))}</a></p>',
        lang,
    )


# ----------------------------------------------------------------------------- facilitator pages
def login_page(lang, *, csrf, error=None) -> str:
    body = (message("err", error) if error else "") + (
        f'<form method="post" action="/fasilitator/masuk">{csrf_field(csrf)}'
        f'<label class="block" for="key">{e(t("live_proj_key", lang))}</label>'
        f'<input type="text" id="key" name="key" autocomplete="off">'
        f'<p><button type="submit">{e(t("live_proj_login", lang))}</button></p></form>'
    )
    return page(t("live_proj_title", lang), body, lang, here="/fasilitator")


def projector_page(lang, *, panel_html, join_url, join_code, qr_svg, name) -> str:
    side = (
        f'<section class="qr"><h2>{e(t("live_proj_join", lang))}</h2>{qr_svg}'
        f'<p class="muted">{e(join_url)}</p><p>{e(t("live_proj_code", lang))}: <span class="code">{e(join_code)}</span>'
        f'</p><p class="muted">{e(name)} · {e(t("live_refresh", lang))}</p>'
        f'<p class="muted"><a href="/fasilitator/kertas">{e(t("live_paper_link", lang))}</a></p></section>'
    )
    body = (
        side
        + f'<div id="live" data-src="/fasilitator/panel" style="display:contents">{panel_html}</div>'
    )
    return page(t("live_proj_title", lang), body, lang, here="/fasilitator", proj=True, refresh=10)


def paper_page(lang, *, csrf, name, report=None, error=None, names=None) -> str:
    """The facilitator's page for a room without phones: download the note taker's XLSX, upload it filled."""
    names = names or {}
    parts = [message("err", error)] if error else []
    if report is not None:
        parts.append(message("ok", report.attrs.get("summary", "")))
        rows = "".join(
            f"<tr><td>{e(r.sheet)}</td><td>{e(r.name)}</td><td>{e(names.get(r.region, r.region))}</td>"
            f'<td class="num">{int(r.entries)}</td><td>{e(t("live_paper_" + r.status, lang))}</td></tr>'
            for r in report.itertuples()
            if r.status != "blank"
        )
        head = "".join(
            f"<th>{e(t(k, lang))}</th>"
            for k in (
                "live_paper_sheet",
                "ws_name",
                "ws_region",
                "live_paper_entries",
                "live_paper_status",
            )
        )
        blank = sum(1 for s in report["status"] if s == "blank")
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        if blank:
            parts.append(f'<p class="muted">{e(t("live_paper_blank_note", lang, n=blank))}</p>')
    parts.append(
        f"<p>{e(t('live_paper_intro', lang))}</p>"
        f'<p><a class="btn" href="/fasilitator/kertas.xlsx" download>{e(t("live_paper_download", lang))}</a></p>'
        f'<form method="post" action="/fasilitator/kertas" enctype="multipart/form-data">{csrf_field(csrf)}'
        f'<label class="block" for="berkas">{e(t("live_paper_upload", lang))}</label>'
        '<input type="file" id="berkas" name="berkas" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">'
        f'<p><button type="submit">{e(t("live_paper_submit", lang))}</button></p></form>'
        f'<p class="muted">{e(name)} · <a href="/fasilitator">{e(t("live_back", lang))}</a></p>'
    )
    return page(t("live_paper_title", lang), "".join(parts), lang, here="/fasilitator/kertas")
