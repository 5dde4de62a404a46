package org.touchbase.report.render;

/** The style sheet every HTML page carries inline. */
final class Css {

    static final String STYLE = """
            :root{--red:#c92a2a;--amber:#d9480f;--green:#2b8a3e;--done:#1864ab;--muted:#5c636a;--line:#dee2e6}
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:#212529;background:#fff}
            .page{max-width:980px;margin:0 auto;padding:16px 20px 32px}
            h1{font-size:1.7rem;line-height:1.2;margin:.2em 0 .1em}
            h2{font-size:1.25rem;border-bottom:2px solid var(--line);padding-bottom:.15em;margin:1.6em 0 .6em}
            h3{font-size:1.02rem;margin:1.1em 0 .4em}
            p{margin:.4em 0}
            a{color:#1864ab}
            .subtitle{color:var(--muted);margin-top:0;font-size:1.05rem}
            .back{margin:0 0 .5em;font-size:.9em}
            .nw{white-space:nowrap}
            .muted{color:var(--muted);font-size:.92em}
            a.pos{color:var(--muted);font-size:.92em;white-space:nowrap}
            .empty{color:var(--muted);font-style:italic}
            code{font:.88em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f1f3f5;padding:.05em .3em;border-radius:3px}
            .mark{display:inline-block;padding:.05em .55em;border-radius:1em;font-size:.82em;font-weight:600;line-height:1.4;white-space:nowrap;color:#fff}
            .mark.red{background:var(--red)}.mark.amber{background:var(--amber)}.mark.green{background:var(--green)}.mark.done{background:var(--done)}
            .mark.neutral{background:#e9ecef;color:#343a40}
            header .mark{font-size:.95em}
            dl.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(190px,1fr));gap:.5em 1.2em;margin:.8em 0}
            dl.facts dt{font-size:.75em;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
            dl.facts dd{margin:0;font-weight:500}
            ul{padding-left:1.3em;margin:.4em 0}
            li{margin:.15em 0}
            .table{overflow-x:auto;margin:.5em 0 1em}
            table{border-collapse:collapse;width:100%;font-size:.92em}
            th,td{text-align:left;vertical-align:top;padding:.35em .55em;border-bottom:1px solid var(--line)}
            th{background:#f8f9fa;font-weight:600;white-space:nowrap}
            nav.toc ol{display:flex;flex-wrap:wrap;gap:.2em 1.1em;list-style:none;padding:.5em 0;margin:.6em 0 0;border-top:1px solid var(--line);border-bottom:1px solid var(--line);font-size:.9em}
            .timeline{list-style:none;padding:0 0 0 1.1em;margin:.6em 0 .6em .5em;border-left:3px solid var(--line)}
            .timeline li{position:relative;padding:.15em 0 .55em}
            .timeline li::before{content:"";position:absolute;left:-1.72em;top:.45em;width:.85em;height:.85em;border-radius:50%;background:#adb5bd;border:2px solid #fff}
            .timeline li.red::before{background:var(--red)}.timeline li.amber::before{background:var(--amber)}.timeline li.green::before{background:var(--green)}.timeline li.done::before{background:var(--done)}
            .timeline .when{font-variant-numeric:tabular-nums;color:var(--muted);margin-right:.4em}
            .timeline .what{font-weight:500;margin-right:.4em}
            figure.chart{margin:.6em 0 1em;overflow-x:auto}
            svg.chart{display:block;width:100%;height:auto;max-height:300px}
            .legend{display:flex;flex-wrap:wrap;gap:.2em 1.2em;font-size:.85em;color:#343a40;margin-top:.3em}
            .swatch{display:inline-block;width:.85em;height:.85em;border-radius:2px;margin-right:.35em;vertical-align:-.08em}
            .c0{background:#1c7ed6}.c1{background:#e8590c}.c2{background:#2f9e44}.c3{background:#ae3ec9}.c4{background:#f08c00}.c5{background:#0c8599}.c6{background:#d6336c}.c7{background:#5c940d}.c8{background:#495057}.c9{background:#4263eb}
            details{margin:.4em 0 1em}
            summary{cursor:pointer;color:#1864ab}
            footer{margin-top:2.5em;color:var(--muted);font-size:.85em;border-top:1px solid var(--line);padding-top:.6em}
            @media (max-width:600px){body{font-size:14px}svg.chart{min-width:520px}.page{padding:10px 12px 24px}h1{font-size:1.4rem}th,td{padding:.3em .35em}dl.facts{grid-template-columns:1fr 1fr}}
            @media print{@page{size:A4;margin:14mm 12mm}body{font-size:10pt}.page{max-width:none;padding:0}nav.toc,.back,summary{display:none}
            h2,h3{break-after:avoid}tr,li,figure,dl.facts div{break-inside:avoid}.table,figure.chart{overflow:visible}svg.chart{min-width:0}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}}
            """;

    private Css() {
    }
}
