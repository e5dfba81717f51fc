/**
 * @module The one stylesheet shared by the self-contained HTML report and the server pages:
 * a dense newsroom look, verdict colours that always come with a text label, print rules.
 */

export const CSS = `
:root{--ink:#1d232a;--muted:#5d6875;--line:#d9dee4;--bg:#fff;--panel:#f6f7f9;--accent:#1f4e8c;
--ok:#1c6b3a;--ok-bg:#e2f3e8;--bad:#a4241b;--bad-bg:#fbe6e3;--one:#6a5310;--one-bg:#fbf1d4;
--none:#5d6875;--mark:#fff1a8;font-size:15px}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:var(--bg);font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}a:hover{text-decoration-thickness:2px}
main{overflow-wrap:break-word}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.topbar :focus-visible{outline-color:#ffd34d}
.skip{position:absolute;left:.5rem;top:-3rem;z-index:10;padding:.4rem .8rem;background:#fff;color:var(--accent);border:2px solid var(--accent);font-weight:700}
.skip:focus{top:.5rem}
summary{cursor:pointer}
.topbar{display:flex;gap:1.2rem;align-items:center;padding:.55rem 1.5rem;background:#16202c;color:#fff}
.topbar a{color:#fff;text-decoration:none;display:inline-flex;align-items:center;min-height:24px;padding:0 .15rem}.topbar .brand{font-weight:700;letter-spacing:.02em}
.topbar form{margin-left:auto;display:flex;gap:.3rem}
.topbar input{padding:.3rem .5rem;border:1px solid #44505e;border-radius:3px;background:#243140;color:#fff;min-width:16rem}
.topbar button,.btn{padding:.3rem .7rem;border:1px solid var(--accent);border-radius:3px;background:var(--accent);color:#fff;font:inherit;cursor:pointer;text-decoration:none}
main{max-width:1280px;margin:0 auto;padding:1rem 1.5rem 3rem}
h1{font-size:1.55rem;line-height:1.2;margin:.6rem 0 .2rem}
h2{font-size:1.15rem;margin:2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--ink)}
h3{font-size:1rem;margin:1rem 0 .4rem}
.meta,.muted{color:var(--muted);font-size:.87rem}
.meta span+span::before{content:" · "}.meta a{display:inline-block;padding:.2rem 0}
section.story{margin-bottom:3rem}
.toc{font-size:.87rem;margin:.4rem 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:.2rem .9rem}
.counts{display:flex;gap:.6rem;margin:.8rem 0;flex-wrap:wrap}
.count{border:1px solid var(--line);border-left-width:5px;padding:.35rem .7rem;min-width:8.5rem;background:var(--panel)}
.count b{display:block;font-size:1.35rem;line-height:1.1}
.count.corroborated{border-left-color:var(--ok)}.count.contested{border-left-color:var(--bad)}.count.single-source{border-left-color:var(--one)}
.summary{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:1rem}
.summary>div{border-top:4px solid var(--line);padding-top:.3rem}
.summary>.agreed{border-top-color:var(--ok)}.summary>.disputed{border-top-color:var(--bad)}.summary>.single{border-top-color:var(--one)}
.summary h3{margin:.2rem 0 .5rem}.summary ul{margin:0;padding:0;list-style:none}
.summary li{margin:0 0 .7rem;font-size:.93rem}
.summary .statement{font-weight:600}
.badges{display:inline-flex;flex-wrap:wrap;gap:.25rem;margin:.15rem 0;vertical-align:middle}
.badge{display:inline-flex;align-items:center;min-height:24px;font-size:.8rem;line-height:1.3;padding:.1rem .45rem;border-radius:2px;background:#e8ecf1;color:var(--ink);white-space:nowrap;text-decoration:none}
a.badge:hover{background:#d3dbe5}
blockquote,.quote{margin:.25rem 0;padding:.1rem .6rem;border-left:3px solid var(--line);color:#333c47;font-size:.88rem;font-style:normal}
.quote cite{display:block;font-style:normal;color:var(--muted);font-size:.8rem}
.verdict{display:inline-block;font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:.05rem .4rem;border-radius:2px;white-space:nowrap}
.verdict.corroborated{background:var(--ok-bg);color:var(--ok)}.verdict.contested{background:var(--bad-bg);color:var(--bad)}.verdict.single-source{background:var(--one-bg);color:var(--one)}
.verdict.num::before{content:none!important}th .muted{font-weight:400}
.verdict.corroborated::before{content:"✓ "}.verdict.contested::before{content:"≠ "}.verdict.single-source::before{content:"1 "}
.table-wrap{overflow-x:auto;border:1px solid var(--line);position:relative}
table{border-collapse:collapse;width:100%;font-size:.86rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--panel);position:sticky;top:0;font-size:.8rem}
table.matrix th[scope=row]{font-weight:500;min-width:14rem;width:22rem;font-size:.85rem;position:sticky;left:0;z-index:1;background:var(--bg)}
table.matrix td{min-width:5.5rem;border-left:1px solid var(--line)}
table.matrix td.cell.corroborated{background:var(--ok-bg)}
table.matrix td.cell.contested{background:var(--bad-bg)}
table.matrix td.cell.single-source{background:var(--one-bg)}
table.matrix td.cell.v1{background-image:repeating-linear-gradient(135deg,transparent 0 6px,rgba(164,36,27,.09) 6px 8px)}
table.matrix td.cell.v2{background-image:repeating-linear-gradient(45deg,transparent 0 6px,rgba(164,36,27,.13) 6px 8px)}
table.matrix td.empty{color:var(--none);text-align:center}
details.singles{margin-top:.8rem;border:1px solid var(--line);padding:.4rem .7rem}details.singles>summary{cursor:pointer;font-weight:600;font-size:.9rem}
.single-groups{columns:2 26rem;column-gap:1.5rem;margin-top:.5rem}.single-group{break-inside:avoid;margin-bottom:.6rem}
.single-group h4{margin:.3rem 0;font-size:.85rem}.single-group ul{margin:0;padding-left:1.1rem;font-size:.84rem}.single-group li{margin-bottom:.25rem}
.single-group .val{font-weight:600;background:var(--one-bg);padding:0 .25rem}
details.more>summary{font-size:.8rem;color:var(--accent);margin:.2rem 0}
.vkey{display:inline-block;min-width:1.2em;font-weight:700;font-size:1rem;color:var(--bad);margin-right:.2rem}
.cell .val{font-weight:600}
.cell .att{display:block;color:var(--ink);font-size:.8rem}
details.q>summary{list-style:none}details.q>summary::-webkit-details-marker{display:none}
details.q>summary .val{text-decoration:underline dotted;text-underline-offset:3px}
details.q[open]>summary .val{text-decoration:none}details.q .quote{background:#fff;min-width:12rem}
tr.contested>th{box-shadow:inset 4px 0 var(--bad)}tr.corroborated>th{box-shadow:inset 4px 0 var(--ok)}tr.single-source>th{box-shadow:inset 4px 0 var(--one)}
.colhead{display:block;font-weight:700;font-size:.8rem}.colsub{display:block;font-weight:400;color:var(--muted)}
.variants{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.7rem}
.variant{border:1px solid var(--line);border-top:3px solid var(--bad);padding:.5rem .6rem;background:#fff}
.variant h4{margin:0 0 .3rem;font-size:.95rem}
.fact-card{border:1px solid var(--line);padding:.7rem .9rem;margin:0 0 1rem;background:var(--panel)}
.fact-card>h3{margin-top:0}
.differs{font-size:.88rem;margin:.2rem 0 .6rem}.differs b{color:var(--bad)}
.anomaly{border-left:4px solid var(--one);padding:.35rem .7rem;margin:0 0 .6rem;background:var(--panel)}
.anomaly.garbled-name,.anomaly.inconsistent-number,.anomaly.temporal-inconsistency{border-left-color:var(--bad)}
.anomaly .kind{font-weight:700;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em}
.suggest{font-size:.88rem}.suggest b{color:var(--ok)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr));gap:.8rem}
.card{border:1px solid var(--line);padding:.6rem .8rem;background:#fff;break-inside:avoid}
.card h3{margin:.1rem 0 .3rem;font-size:.98rem}
.card dd{min-width:0;overflow-wrap:anywhere}.card dl{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.1rem .6rem;margin:.4rem 0;font-size:.82rem}
.card dt{color:var(--muted)}.card dd{margin:0}
.bar{display:inline-block;width:5rem;height:.55rem;background:#e8ecf1;vertical-align:middle;margin-right:.35rem}
.bar i{display:block;height:100%;background:var(--accent)}
.notes{margin:.3rem 0 0;padding-left:1.1rem;font-size:.82rem;color:var(--bad)}
.article-text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:1rem;line-height:1.6;max-width:46rem}
details.text{margin-top:.4rem}details.text>summary{cursor:pointer;font-size:.85rem;color:var(--accent)}
details.text .article-text{font-size:.9rem;max-height:28rem;overflow:auto;border:1px solid var(--line);padding:.5rem .7rem;margin-top:.4rem}
mark.hl{background:var(--mark);color:inherit;padding:0 1px;border-bottom:2px solid #c9a800}
mark.hl-fact.tone-corroborated{background:var(--ok-bg);border-bottom-color:var(--ok)}
mark.hl-fact.tone-contested{background:var(--bad-bg);border-bottom-color:var(--bad)}
mark.hl-fact.tone-single-source{background:var(--one-bg);border-bottom-color:#b8900b}
mark.hl-anomaly{background:#ffd9d4;border-bottom:2px dashed var(--bad)}
mark.hl-overlap{outline:1px dotted var(--ink)}
.two mark.hl[data-n]{background:hsl(calc(var(--h,0)*1deg) 90% 90%);border-bottom-color:hsl(calc(var(--h,0)*1deg) 60% 38%)}
sup.hl-n{font:700 .8rem system-ui,sans-serif;color:#fff;background:var(--ink);border-radius:2px;padding:0 .22rem;margin-right:1px}
.article-layout{display:grid;grid-template-columns:minmax(0,46rem) minmax(16rem,1fr);gap:2rem;align-items:start}
.article-layout aside h2:first-child{margin-top:0}.article-layout aside{font-size:.9rem}
.compare-form{display:flex;gap:.6rem;flex-wrap:wrap;align-items:center}.compare-form select{max-width:min(24rem,70vw);font:inherit;padding:.2rem}
.notice{background:var(--ok-bg);padding:.4rem .7rem;border-left:4px solid var(--ok)}
.two{display:grid;grid-template-columns:1fr 1fr;gap:1.4rem}
.two .article-text{font-size:.93rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem .9rem;font-size:.85rem;color:var(--ink);margin:.4rem 0}
.legend span{display:inline-flex;align-items:center;gap:.3rem}
.sw{display:inline-block;width:.9rem;height:.9rem;border:1px solid rgba(0,0,0,.15)}
.timeline{margin:0}.tl-plot{overflow-x:auto;border:1px solid var(--line)}.timeline svg{display:block;max-width:none;height:auto;font-family:system-ui,sans-serif}
ol.tl-list{margin:.3rem 0;padding-left:1.4rem;font-size:.9rem}ol.tl-list li{margin-bottom:.2rem}
ul.tl-outside{margin:.2rem 0;padding-left:1.1rem;font-size:.84rem}
.empty-note{color:var(--muted);font-style:italic}
ul.findings{margin:.4rem 0 1rem;padding:0;list-style:none}
ul.findings li{margin:0 0 .45rem;padding:.3rem .6rem;border-left:4px solid var(--one);background:var(--panel)}
ul.findings li.bad{border-left-color:var(--bad)}ul.findings .flabel{margin-right:.2rem}
ul.findings .side{display:inline}ul.findings .vs{color:var(--muted)}ul.findings .ev{white-space:nowrap}
.sources{font-size:.85rem;margin:.3rem 0}.sources ul{margin:.2rem 0;padding-left:1.1rem}
table.stories th[scope=row]{min-width:14rem}
ul.links{padding-left:1.1rem}ul.links li{margin:.55rem 0}
.reuse-pass{display:grid;grid-template-columns:1fr 1fr;gap:.6rem}
ol.results{padding-left:1.2rem}ol.results li{margin-bottom:.7rem}
footer{margin-top:3rem;font-size:.8rem;color:var(--muted);border-top:1px solid var(--line);padding-top:.5rem}
.sr{position:absolute;left:0;top:0;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
@media (max-width:800px){.summary,.two,.reuse-pass,.article-layout{grid-template-columns:1fr}main{padding:.8rem}
.topbar{flex-wrap:wrap;padding:.5rem .8rem}.topbar form{margin-left:0;flex:1 1 100%}.topbar input{min-width:0;flex:1}
.card dl{grid-template-columns:minmax(0,1fr) minmax(0,2fr)}h1{font-size:1.35rem}
table.matrix th[scope=row]{min-width:9.5rem;width:9.5rem}}
@media print{details.singles>*,details.more>*{display:block}:root{font-size:10.5pt}.topbar,.noprint,.skip{display:none}main{max-width:none;padding:0}
h2{break-after:avoid}.fact-card,.anomaly,.card,tr{break-inside:avoid}.table-wrap{overflow:visible;border:0}
thead th,table.matrix th[scope=row]{position:static}details.text .article-text{max-height:none;overflow:visible}
a{color:inherit;text-decoration:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;
