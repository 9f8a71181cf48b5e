using System.Security.Cryptography;
using System.Text;

namespace ClaimTagger.Cli.Output.Html;

/// <summary>
/// The HTML report's inline style sheet and script. The report needs no network: everything is in the file. Its
/// Content-Security-Policy allows only this exact script (by hash), so even markup that slipped through escaping
/// could not run a script or load anything.
/// </summary>
internal static class ReportAssets
{
    public const string Css = """
        :root{--bg:#fbfbf8;--fg:#1c1e21;--muted:#63676e;--line:#e2e2dc;--panel:#f2f2ed;--tip-bg:#1c1e21;--tip-fg:#f4f4f1;color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        @media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e7e7e3;--muted:#9aa0a6;--line:#2d3137;--panel:#1e2125;--tip-bg:#f1f1ec;--tip-fg:#15171a}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--fg);line-height:1.55}
        .topbar{position:sticky;top:0;z-index:2;background:var(--bg);border-bottom:1px solid var(--line);padding:.4rem 1rem;box-shadow:0 1px 6px rgba(0,0,0,.06)}
        .topbar-inner{max-width:72rem;margin:0 auto;display:flex;flex-wrap:wrap;align-items:center;gap:.25rem 1.25rem}
        .topbar h1{font-size:1rem;margin:0;white-space:nowrap}
        .topbar h1 small{font-weight:400;color:var(--muted)}
        .legend{display:flex;flex-wrap:wrap;gap:.1rem .5rem;font-size:.9rem;margin:0;padding:0;border:0}
        .legend legend{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
        .legend label{display:inline-flex;align-items:center;gap:.35rem;cursor:pointer;padding:.2rem .45rem;border-radius:.35rem;min-height:2.25rem;user-select:none}
        .legend label:hover{background:var(--panel)}
        .legend input{width:1.05rem;height:1.05rem;margin:0;accent-color:var(--c)}
        .swatch{width:.95rem;height:.95rem;border-radius:.2rem;background:color-mix(in srgb,var(--c) 30%,transparent);border-bottom:3px solid var(--c);display:inline-block;flex:none}
        .hint{flex-basis:100%;margin:0;font-size:.78rem;color:var(--muted)}
        .count{color:var(--muted);font-variant-numeric:tabular-nums;font-size:.85em}
        main{max-width:72rem;margin:0 auto;padding:.5rem 1rem 1rem}
        .index{background:var(--panel);border-radius:.5rem;padding:.6rem 1rem;margin:1rem 0}
        .index h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 .3rem}
        .index ol{margin:0;padding-left:1.4rem;columns:2 20rem;font-size:.9rem}
        .index a{color:inherit;overflow-wrap:anywhere}
        .doc{border-top:1px solid var(--line);padding-top:1rem;margin-top:1.25rem;scroll-margin-top:4.5rem}
        .doc:first-of-type{border-top:0;margin-top:.5rem}
        .doc-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem 1rem;margin-bottom:.5rem}
        .doc-head h2{font-size:.9rem;color:var(--muted);font-weight:600;margin:0;overflow-wrap:anywhere;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
        .doc-head .stats{margin:0;font-size:.8rem;color:var(--muted)}
        .doc-body{display:grid;grid-template-columns:minmax(0,1fr) 17rem;gap:2rem;align-items:start}
        .text{font-family:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif;font-size:1.12rem;max-width:44rem}
        .text p,.text h3{white-space:pre-wrap;overflow-wrap:anywhere;margin:0 0 .9rem}
        .text .sec-headline{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.65rem;line-height:1.25;font-weight:700;margin:.25rem 0 .9rem}
        .text .sec-muted{color:var(--muted);font-size:.92rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin-bottom:.35rem}
        .text .sec-muted::before{content:attr(data-section);text-transform:uppercase;font-size:.68rem;letter-spacing:.06em;margin-right:.5rem;border:1px solid var(--line);padding:.05rem .3rem;border-radius:.25rem;vertical-align:.1em}
        .text .sec-muted+p:not(.sec-muted){margin-top:1rem}
        details.boilerplate{color:var(--muted);font-size:.85rem;font-family:system-ui,sans-serif;margin:.2rem 0 .8rem;border-left:3px solid var(--line);padding-left:.6rem}
        details.boilerplate summary{cursor:pointer;min-height:1.8rem}
        details.boilerplate p{margin:.2rem 0}
        .hl{--c:#888;color:inherit;background:color-mix(in srgb,var(--c) 16%,transparent);border-bottom:2px solid var(--c);border-radius:.15rem;padding:.08em 0;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}
        .hl .hl{background:color-mix(in srgb,var(--c) 30%,transparent);border-bottom-width:3px}
        .hl[data-label="DirectQuote"]{--c:#2e9d4f}
        .hl[data-label="Claim"]{--c:#2f7fd1}
        .hl[data-label="Attribution"]{--c:#c98f00}
        .hl[data-label="ReporterFraming"]{--c:#c2389a}
        .hl:focus-visible{outline:2px solid var(--c);outline-offset:2px}
        .hl.active{background:color-mix(in srgb,var(--c) 38%,transparent)}
        .hl.pick{outline:2px dashed var(--c);outline-offset:1px}
        .hl.off{background:none;border-bottom-color:transparent;cursor:auto}
        .hl.off.pick{outline:none}
        #tip{position:absolute;z-index:10;left:0;top:0;max-width:min(23rem,92vw);background:var(--tip-bg);color:var(--tip-fg);font:.85rem/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;padding:.55rem .75rem;border-radius:.45rem;box-shadow:0 6px 20px rgba(0,0,0,.28);pointer-events:none}
        #tip[hidden]{display:none}
        #tip .tip-label{font-weight:700;border-left:.4rem solid var(--c);padding-left:.45rem;margin-bottom:.35rem}
        #tip dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .7rem;margin:0}
        #tip dt{opacity:.7}
        #tip dd{margin:0;overflow-wrap:anywhere}
        .panel{font-size:.9rem;position:sticky;top:4.5rem}
        .panel section{background:var(--panel);border-radius:.5rem;padding:.7rem .8rem;margin-bottom:1rem}
        .panel h3{font-size:.75rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 .4rem}
        .panel table{width:100%;border-collapse:collapse}
        .panel th{font-weight:600;color:var(--muted);font-size:.75rem}
        .panel td,.panel th{text-align:left;padding:.2rem .25rem;vertical-align:top}
        .panel .num{text-align:right;font-variant-numeric:tabular-nums;width:3.2rem}
        .panel ul{list-style:none;margin:0;padding:0}
        .panel li{display:flex;align-items:center;gap:.4rem;padding:.1rem 0}
        .panel .none{color:var(--muted);margin:0}
        button.src{font:inherit;color:inherit;background:none;border:0;padding:0;text-align:left;cursor:pointer;text-decoration:underline dotted;text-underline-offset:.2em;overflow-wrap:anywhere}
        button.src[aria-pressed="true"]{font-weight:700;text-decoration-style:solid}
        .diag li{color:#b45309;display:list-item;margin-left:1rem;list-style:disc}
        footer{color:var(--muted);font-size:.8rem;text-align:center;padding:2rem 1rem}
        @media (max-width:52rem){.doc-body{grid-template-columns:1fr;gap:.5rem}.panel{position:static}.text{font-size:1.05rem}.text .sec-headline{font-size:1.4rem}.topbar{padding:.3rem .6rem}main{padding:.5rem .75rem}}
        @media print{.topbar{position:static;box-shadow:none;border:0}.legend input,.index,#tip,footer,.hint{display:none!important}.doc{break-before:page;border:0}.doc:first-of-type{break-before:auto}.doc-body{grid-template-columns:1fr}.panel{position:static;break-inside:avoid}.hl,.swatch{-webkit-print-color-adjust:exact;print-color-adjust:exact}body{background:#fff;color:#000}details.boilerplate:not([open]){display:none}}
        """;

    public const string Script = """
        (() => {
          "use strict";
          const d = document, tip = d.getElementById("tip"), main = d.querySelector("main");
          const top = d.getElementById("topbar"), index = d.getElementById("index");
          if (top) d.body.prepend(top);
          if (index) main.prepend(index);
          for (const m of d.querySelectorAll(".hl[title]")) { m.dataset.title = m.title; m.removeAttribute("title"); }
          const rows = [["Kind", "kind"], ["Rule", "rule"], ["Source", "source"], ["Mention", "sourceText"], ["Cue", "cue"], ["Confidence", "confidence"]];
          let current = null;
          const parts = m => d.querySelectorAll('.hl[data-tag="' + CSS.escape(m.dataset.tag) + '"]');
          function hide() {
            if (current) { for (const p of parts(current)) p.classList.remove("active"); current.removeAttribute("aria-describedby"); current = null; }
            tip.hidden = true;
          }
          function show(m) {
            if (current === m) return;
            hide();
            current = m;
            for (const p of parts(m)) p.classList.add("active");
            tip.textContent = "";
            const head = d.createElement("div");
            head.className = "tip-label";
            head.style.setProperty("--c", getComputedStyle(m).getPropertyValue("--c"));
            head.textContent = m.dataset.label;
            const dl = d.createElement("dl");
            for (const [name, key] of rows) {
              const value = m.dataset[key];
              if (value === undefined) continue;
              const dt = d.createElement("dt"), dd = d.createElement("dd");
              dt.textContent = name; dd.textContent = value;
              dl.append(dt, dd);
            }
            tip.append(head, dl);
            tip.hidden = false;
            m.setAttribute("aria-describedby", "tip");
            const r = m.getClientRects()[0] || m.getBoundingClientRect();
            const w = tip.offsetWidth, h = tip.offsetHeight, width = d.documentElement.clientWidth;
            let x = Math.max(8, Math.min(r.left, width - w - 8)), y = r.bottom + 6;
            if (y + h > innerHeight && r.top > h + 6) y = r.top - h - 6;
            tip.style.left = (x + scrollX) + "px";
            tip.style.top = (y + scrollY) + "px";
          }
          function target(e) {
            let m = e.target instanceof Element ? e.target.closest(".hl") : null;
            while (m && m.classList.contains("off")) m = m.parentElement.closest(".hl");
            return m;
          }
          const follow = e => { const m = target(e); if (m) show(m); else hide(); };
          d.addEventListener("mouseover", follow);
          d.addEventListener("focusin", follow);
          d.addEventListener("focusout", hide);
          d.addEventListener("keydown", e => { if (e.key === "Escape") hide(); });
          addEventListener("scroll", () => { if (current && !current.matches(":focus")) hide(); }, { passive: true });
          d.addEventListener("change", e => {
            const box = e.target;
            if (!(box instanceof HTMLInputElement) || !box.matches(".legend input")) return;
            for (const m of d.querySelectorAll(".hl")) if (m.dataset.label === box.dataset.label) m.classList.toggle("off", !box.checked);
            hide();
          });
          d.addEventListener("click", e => {
            const m = target(e);
            if (m) { show(m); return; }
            const b = e.target instanceof Element ? e.target.closest("button.src") : null;
            if (!b) return;
            const doc = b.closest(".doc"), on = b.getAttribute("aria-pressed") !== "true";
            for (const x of doc.querySelectorAll("button.src")) x.setAttribute("aria-pressed", "false");
            for (const x of doc.querySelectorAll(".hl.pick")) x.classList.remove("pick");
            if (!on) return;
            b.setAttribute("aria-pressed", "true");
            for (const x of doc.querySelectorAll(".hl")) if (x.dataset.source === b.dataset.source) x.classList.add("pick");
          });
        })();
        """;

    /// <summary>Gets the Content-Security-Policy of the report: no network, and no script but <see cref="Script"/>.</summary>
    public static string ContentSecurityPolicy { get; } =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; script-src 'sha256-"
        + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script))) + "'";
}
