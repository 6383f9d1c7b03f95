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
section.card,nav.card,details.card{background:#fff;border:1px solid #d5dbe3;border-radius:8px;padding:12px 16px;margin:12px 0}
nav.pager{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}
nav.pager a{display:inline-block;padding:10px 14px;border:1px solid #b8c4d2;border-radius:6px;background:#fff;font-weight:600}
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
input[type=text],input[type=password],input[type=file],input[type=email],input[type=tel],input[type=search],input[type=date],input[type=datetime-local],input[type=number],select,textarea{font:inherit;width:100%;max-width:40rem;padding:8px;border:1px solid #8a94a3;border-radius:4px;background:#fff}
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
.score-chart{margin:8px 0}
.score-chart figcaption{font-weight:600;margin:4px 0}
.legend{list-style:none;padding:0;margin:4px 0 10px;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.9rem}
.legend li{display:inline-flex;align-items:center;gap:6px}
.bars{list-style:none;padding:0;margin:0}
.bar-row{display:grid;grid-template-columns:1fr;gap:2px 12px;margin:0 0 10px;align-items:center}
.bar-label{font-size:.95rem}
.bar-line{display:flex;align-items:center;gap:8px;min-width:0}
.bar{flex:1;min-width:60px;height:22px;display:block}
.bar-value{font-weight:600;font-variant-numeric:tabular-nums;white-space:nowrap;font-size:.95rem}
@media(min-width:720px){.bar-row{grid-template-columns:minmax(12rem,2fr) 3fr}}
dl.counts{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:6px;margin:0}
dl.counts div{background:#f5f6f8;border-radius:6px;padding:6px 10px}
dl.counts dt{font-size:.85rem;color:#4a5563}dl.counts dd{margin:0;font-size:1.3rem;font-weight:700}
ul.plain{padding-left:1.2em}
footer{max-width:1100px;margin:0 auto;padding:16px;color:#4a5563;font-size:.85rem}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.quote{white-space:pre-wrap;border-left:3px solid #d5dbe3;padding-left:8px;margin:4px 0}
.review-comment{white-space:pre-wrap;margin:6px 0}
.inline-form label{display:inline-block;margin:0 8px 8px 0}
details>summary{cursor:pointer;color:#0b5cad;margin:4px 0}
.tag.warn{background:#fff4e0;color:#7a4a00}
html{scroll-padding-bottom:5rem}
/* An error link lands on its field with the label and the message above it still in view. */
.indicator input,.indicator select,.indicator textarea,.indicator fieldset{scroll-margin-top:max(8rem,35vh)}
.indicator,[id^=dom-]{scroll-margin-top:1rem}
.error-summary{outline-offset:2px}
.error-summary h2{font-size:1.1rem;margin:.2em 0 .4em}
.domain-jumps h2{margin-top:.2em}
.jump-list{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:1fr;gap:4px 24px}
.jump-list li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:2px 12px;padding:4px 0;border-bottom:1px solid #eef1f5}
.jump-progress{display:inline-flex;align-items:center;gap:8px;font-size:.9rem;color:#4a5563}
.jump-progress progress{width:5rem}
@media(min-width:900px){.jump-list{grid-template-columns:1fr 1fr}}
.form-actions{position:sticky;bottom:0;background:#fff;border-top:1px solid #d5dbe3;padding:4px 8px;margin:0 -8px;z-index:2;display:flex;flex-wrap:wrap;gap:0 8px}
.form-actions button{margin:.3em 0;padding:8px 14px}
.to-top{margin:.6em 0 0;font-size:.9rem}
main{overflow-wrap:break-word}
@media(max-width:640px){
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack caption:not(.visually-hidden){display:block;width:100%}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stack tr{border:1px solid #d5dbe3;border-radius:6px;margin:0 0 8px;background:#fff}
table.stack td{border:0;border-bottom:1px solid #eef1f5;text-align:left}
table.stack td:empty{display:none}
table.stack.counts-row tr{display:grid;grid-template-columns:repeat(3,1fr)}
table.stack.counts-row td{width:auto}
table.stack.counts-row td:first-child,table.stack.counts-row td:last-child{grid-column:1/-1}
table.stack td[data-label]::before{content:attr(data-label);display:block;font-size:.8rem;font-weight:600;color:#4a5563}
}
.table-wrap:focus{outline:3px solid #f0b400;outline-offset:2px}
summary .summary-h{display:inline;margin:0;font-size:inherit}
details.card>summary{font-size:1.2rem;font-weight:600;color:#0b3d6e;padding:4px 0}
details.domain>summary{font-size:1.05rem;font-weight:600;padding:6px 0}
ul.inline-list{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px}
.inline-list a{text-decoration:none}.inline-list .count{font-weight:700;color:#1b1f24}
form.filters{display:grid;grid-template-columns:1fr;gap:4px 12px;align-items:end;margin:8px 0}
form.filters label{margin:.2em 0}
.filter-actions{display:flex;align-items:center;gap:12px;flex-wrap:wrap}
@media(min-width:720px){form.filters{grid-template-columns:2fr 1fr 1fr auto}}
progress{width:100%;max-width:40rem;height:1.2rem}
input[type=checkbox],input[type=radio]{width:20px;height:20px;margin:2px 0;flex:none}
input[type=checkbox]+label,input[type=radio]+label{display:inline;font-weight:400;margin:0}
div:has(>input[type=checkbox]:first-child+label){display:flex;gap:8px;align-items:flex-start;margin:6px 0}
td code{overflow-wrap:anywhere}
.mono{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
dl.receipt-facts{display:grid;grid-template-columns:1fr;gap:2px 16px;margin:0}
dl.receipt-facts dt{font-weight:600;color:#4a5563;font-size:.9rem}
dl.receipt-facts dd{margin:0 0 6px}
@media(min-width:640px){dl.receipt-facts{grid-template-columns:max-content 1fr}dl.receipt-facts dd{margin:0}}
.receipt-item{border-top:1px solid #d5dbe3;padding:8px 0;break-inside:avoid}
.receipt-item h3{font-size:1rem}
.receipt-item .id{font-weight:700;color:#0b3d6e;margin-right:6px}
dl.receipt-answer{margin:0}dl.receipt-answer dt{font-size:.85rem;font-weight:600;color:#4a5563}dl.receipt-answer dd{margin:0 0 4px}
@media print{
header.top,nav.main,footer,.skip,.no-print,.form-actions{display:none}
body{background:#fff;font-size:11pt}
main{max-width:none;padding:0}
section.card{border:0;padding:0;margin:0 0 8pt}
a{color:inherit;text-decoration:none}
}
`;
