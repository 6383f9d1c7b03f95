/** The pages' only stylesheet: small, no web fonts, readable on a phone and on a slow line. */
export const WEB_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1f24;background:#f5f6f8}
a{color:#0b5cad}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #f0b400;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px;z-index:9}
header.top{background:#0b3d6e;color:#fff;padding:10px 16px;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
header.top a{color:#fff}
.brand{font-weight:700;font-size:1.1rem;text-decoration:none}
.who{font-size:.9rem;opacity:.9}
.spacer{flex:1}
header.top form{margin:0}
.linkbtn{background:none;border:1px solid #fff;color:#fff;border-radius:4px;padding:4px 10px;font:inherit;cursor:pointer}
nav.main{background:#e3e9f0;padding:0 16px;display:flex;flex-wrap:wrap;gap:4px}
nav.main a{display:inline-block;padding:10px 12px;text-decoration:none;color:#0b3d6e;font-weight:600}
nav.main a[aria-current=page]{background:#fff;border-radius:6px 6px 0 0}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.4em 0}h2{font-size:1.2rem;margin:1.2em 0 .4em}h3{font-size:1.05rem;margin:1em 0 .3em}
section.card{background:#fff;border:1px solid #d5dbe3;border-radius:8px;padding:12px 16px;margin:12px 0}
.notice{border-left:5px solid #0b5cad;background:#eaf2fb;padding:10px 14px;margin:12px 0;border-radius:4px}
.notice.ok{border-color:#1e7b34;background:#e8f5ec}
.notice.bad{border-color:#b3261e;background:#fdecea}
.notice.warn{border-color:#b26b00;background:#fff4e0}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:6px 0}
th,td{border:1px solid #d5dbe3;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.tag{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.85rem;font-weight:600}
.tag.ok{background:#d7f0dd;color:#145c26}.tag.miss{background:#fde3e1;color:#8c1d18}
label{font-weight:600;display:block;margin:.6em 0 .2em}
.hint{font-size:.9rem;color:#4a5563;margin:.2em 0}
input[type=text],input[type=password],input[type=file],select,textarea{font:inherit;width:100%;max-width:40rem;padding:8px;border:1px solid #8a94a3;border-radius:4px;background:#fff}
textarea{min-height:4.5em;resize:vertical}
button,.button{display:inline-block;font:inherit;font-weight:600;padding:9px 16px;border-radius:6px;border:1px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer;text-decoration:none;margin:.4em .4em .4em 0}
.button.secondary,button.secondary{background:#fff;color:#0b5cad}
fieldset{border:1px solid #d5dbe3;border-radius:6px;margin:.6em 0;padding:6px 12px}
legend{font-weight:600;padding:0 4px}
.choices{display:flex;flex-wrap:wrap;gap:4px 16px}
.choices label{font-weight:400;display:inline-flex;align-items:center;gap:6px;margin:4px 0;min-height:32px}
.choices input{width:20px;height:20px}
.indicator{border-top:1px solid #d5dbe3;padding:10px 0}
.indicator h3{font-size:1rem}
.indicator .id{font-weight:700;color:#0b3d6e;margin-right:6px}
.field-error{color:#b3261e;font-weight:600;margin:.2em 0}
.has-error input,.has-error select,.has-error textarea,fieldset.has-error{border-color:#b3261e;border-width:2px}
.grid2{display:grid;grid-template-columns:1fr;gap:8px}
@media(min-width:720px){.grid2{grid-template-columns:1fr 1fr}}
.token{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1rem;word-break:break-all;background:#fff8d6;border:1px dashed #b26b00;padding:10px;display:block}
.chart{max-width:100%;height:auto}
dl.counts{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:6px;margin:0}
dl.counts div{background:#f5f6f8;border-radius:6px;padding:6px 10px}
dl.counts dt{font-size:.85rem;color:#4a5563}dl.counts dd{margin:0;font-size:1.3rem;font-weight:700}
ul.plain{padding-left:1.2em}
footer{max-width:1100px;margin:0 auto;padding:16px;color:#4a5563;font-size:.85rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.quote{white-space:pre-wrap;border-left:3px solid #d5dbe3;padding-left:8px;margin:4px 0}
.review-comment{white-space:pre-wrap;margin:6px 0}
.inline-form label{display:inline-block;margin:0 8px 8px 0}
details>summary{cursor:pointer;color:#0b5cad;margin:4px 0}
.tag.warn{background:#fff4e0;color:#7a4a00}
`;
