"""The page ``quotekit serve`` shows at ``/``: paste or upload an article, see its quotes.

One self-contained HTML document (no external script, style or font, so it
works offline). The article is drawn from the API's JSON with ``textContent``
only, never ``innerHTML``, so no input can inject markup.
"""

from __future__ import annotations

from .render import _COLOURS

__all__ = ["PAGE"]

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>quotekit</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;color:#111}
textarea{width:100%;height:12rem;font:inherit;box-sizing:border-box}
button{font:inherit;padding:.35rem .9rem;margin:.4rem .4rem .4rem 0}
#status{color:#555;margin-left:.5rem}#error{color:#b91c1c;white-space:pre-wrap}
#article{font-family:Georgia,serif;line-height:1.7;white-space:pre-wrap;border-top:1px solid #ddd;padding-top:1rem}
.q{border-radius:3px;padding:.1em 0}.cue{text-decoration:underline 2px #b91c1c}
.spk{font-weight:bold}.cond{outline:2px dashed #7c3aed;outline-offset:1px}
table{border-collapse:collapse;font-size:.85rem;margin-top:1.5rem;width:100%}
td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f3f4f6}
.legend span{margin-right:1rem;padding:.1rem .4rem;border-radius:3px}
</style></head><body>
<h1>quotekit</h1>
<p>Paste a news article or open a text file: who said what, to whom, and on what condition.</p>
<textarea id="text" aria-label="article text" placeholder="Paste an article here"></textarea><br>
<input type="file" id="file" accept=".txt,text/plain" aria-label="open a text file">
<button id="go">Extract quotes</button>
<button id="dl-json" disabled>Download JSON</button>
<button id="dl-csv" disabled>Download CSV</button>
<span id="status"></span>
<div id="error" role="alert"></div>
<div class="legend" id="legend"></div>
<div id="article"></div>
<table id="quotes" hidden><thead><tr><th>id</th><th>kind</th><th>speaker</th><th>cue</th>
<th>content</th><th>conditions</th></tr></thead><tbody></tbody></table>
<script>
"use strict";
const COLOURS = __COLOURS__;
let last = null, lastText = "";
const $ = (id) => document.getElementById(id);
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}
function draw(art) {
  const text = art.text, marks = [];
  const colour = {};
  art.quotes.forEach((q) => {
    const who = q.speaker ? q.speaker.label : "";
    if (!(who in colour)) colour[who] = COLOURS[Object.keys(colour).length % COLOURS.length];
    marks.push({s: q.content.start, e: q.content.end, cls: "q", bg: colour[who],
                title: q.id + " " + q.kind + (who ? " by " + who : "")});
    if (q.cue) marks.push({s: q.cue.start, e: q.cue.end, cls: "cue"});
    if (q.speaker_mention) marks.push({s: q.speaker_mention.start, e: q.speaker_mention.end, cls: "spk"});
  });
  art.conditions.forEach((c) => marks.push({s: c.condition.start, e: c.condition.end, cls: "cond",
                                           title: c.id + " " + c.kind}));
  const cuts = new Set([0, text.length]);
  marks.forEach((m) => { cuts.add(m.s); cuts.add(m.e); });
  const pts = [...cuts].sort((a, b) => a - b);
  const box = $("article");
  box.replaceChildren();
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i], b = pts[i + 1];
    const on = marks.filter((m) => m.s <= a && m.e >= b);
    if (!on.length) { box.append(document.createTextNode(text.slice(a, b))); continue; }
    const span = el("span", text.slice(a, b), on.map((m) => m.cls).join(" "));
    const bg = on.find((m) => m.bg);
    if (bg) span.style.background = bg.bg;
    const t = on.filter((m) => m.title).map((m) => m.title);
    if (t.length) span.title = t.join("; ");
    box.append(span);
  }
  const legend = $("legend");
  legend.replaceChildren();
  Object.entries(colour).forEach(([who, c]) => {
    const s = el("span", who || "(no speaker)"); s.style.background = c; legend.append(s);
  });
  const body = $("quotes").tBodies[0];
  body.replaceChildren();
  const conds = {};
  art.conditions.forEach((c) => { conds[c.id] = c; });
  art.quotes.forEach((q) => {
    const tr = el("tr");
    [q.id, q.kind, q.speaker ? q.speaker.label : "", q.cue ? q.cue.text : "", q.content.text,
     q.conditions.map((id) => conds[id].kind + ": " + conds[id].condition.text).join("; ")]
      .forEach((v) => tr.append(el("td", v)));
    body.append(tr);
  });
  $("quotes").hidden = false;
}
async function extract() {
  const text = $("text").value;
  $("error").textContent = ""; $("status").textContent = "working…";
  try {
    const r = await fetch("v1/parse", {method: "POST", headers: {"Content-Type": "text/plain; charset=utf-8"},
                                       body: text});
    const data = await r.json();
    if (!r.ok) throw new Error(data.error + ": " + data.message);
    last = data; lastText = text; draw(data);
    $("dl-json").disabled = false; $("dl-csv").disabled = false;
    $("status").textContent = data.quotes.length + " quotes, " + data.speakers.length + " speakers, " +
                              data.conditions.length + " conditions";
  } catch (e) { $("error").textContent = String(e.message || e); $("status").textContent = ""; }
}
function save(name, type, body) {
  const a = el("a"); a.href = URL.createObjectURL(new Blob([body], {type})); a.download = name;
  document.body.append(a); a.click(); a.remove();
}
$("go").addEventListener("click", extract);
$("file").addEventListener("change", async (ev) => {
  const f = ev.target.files[0]; if (f) $("text").value = await f.text();
});
$("dl-json").addEventListener("click", () => save("quotes.json", "application/json", JSON.stringify(last)));
$("dl-csv").addEventListener("click", async () => {
  const r = await fetch("v1/parse?format=csv", {method: "POST", headers: {"Content-Type": "text/plain"},
                                                 body: lastText});
  save("quotes.csv", "text/csv", await r.text());
});
</script></body></html>
"""

#: The page, with the HTML view's speaker colours.
PAGE = _PAGE.replace("__COLOURS__", "[" + ",".join(f'"{c}"' for c in _COLOURS) + "]")
