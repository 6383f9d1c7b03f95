/**
 * The focus-group pages' own stylesheet (large type for a projector: body text 24 px) and the
 * small same-origin script that adds single-key shortcuts. Everything works without the script.
 */

export const FOCUS_GROUP_CSS = `
main:has(.fg){max-width:1400px}
.fg{font-size:24px;line-height:1.45;overflow-wrap:anywhere}
.fg h2{font-size:1.35em;margin:1em 0 .4em}.fg h3{font-size:1.1em}
#fg-text{font-size:1.5em;line-height:1.3;margin:.2em 0 .5em}
.fg .hint{font-size:20px}
.fg-nav{display:flex;flex-wrap:wrap;gap:12px;align-items:center}
.fg-pos{font-weight:700;padding:0 8px}
.fg .button,.fg button{font-size:1em;padding:10px 20px}
.fg .disabled{opacity:.45;cursor:default;pointer-events:none}
.fg-meta{margin:.4em 0}.fg-id{font-weight:700}
.fg .tag{font-size:.85em;padding:2px 12px;border-radius:14px}
.fg-counts{display:flex;flex-wrap:wrap;gap:10px;list-style:none;padding:0;margin:.5em 0}
.fg-counts li{padding:6px 14px;border-radius:8px}
.ans{padding:1px 10px;border-radius:8px}
.ans-yes{background:#c6efce}.ans-partially{background:#ffe699}.ans-no{background:#ffc7ce}
.ans-dont_know{background:#d9d9d9}.ans-not_applicable{background:#f2f2f2}.ans-unanswered,.ans-none{background:#fff;border:1px solid #8a94a3}
.fg-facts{display:flex;flex-wrap:wrap;gap:12px 40px;margin:.5em 0}
.fg-facts dt{font-size:20px;color:#4a5563}.fg-facts dd{margin:0;font-weight:700;font-size:1.15em}
.fg-record,.fg-indicator{background:#fff;border:1px solid #d5dbe3;border-radius:10px;padding:12px 20px;margin:16px 0}
.fg fieldset{border:0;padding:0;margin:.4em 0}
.fg legend{font-weight:600}
.fg-choice{display:inline-flex;align-items:center;gap:10px;padding:10px 18px;margin:6px 10px 6px 0;border-radius:10px;border:3px solid transparent;font-size:1.1em;font-weight:600;cursor:pointer}
.fg-choice:has(input:checked){border-color:#0b3d6e}
.fg input[type=radio],.fg input[type=checkbox]{width:1.1em;height:1.1em;margin:0}
.fg kbd{border:1px solid #8a94a3;border-radius:4px;padding:0 7px;background:#fff;font:inherit;font-size:.8em}
.fg textarea{font-size:1em;max-width:none}
.fg .error{color:#b3261e;font-weight:600;margin:.2em 0}
.fg-list{list-style:none;padding:0;margin:0}
.fg-list li{background:#fff;border:1px solid #d5dbe3;border-radius:10px;padding:10px 16px;margin:10px 0}
.fg-list p{margin:.3em 0}
.fg-evidence{color:#4a5563}
.fg-domains{list-style:none;padding:0}.fg-domains li{margin:.3em 0}
.fg-domains progress{width:8em;height:.8em;vertical-align:middle}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.fg-picks{list-style:none;padding:0}
.fg-picks>li{background:#fff;border:1px solid #d5dbe3;border-radius:10px;padding:10px 16px;margin:12px 0}
.fg-pick-head,.fg-pick-facts{margin:.3em 0}
.fg-pick-kind{display:flex;flex-wrap:wrap;gap:6px 28px}
.fg-pick-kind label{display:inline-flex;align-items:center;gap:10px;margin:0;font-weight:600}
.fg details{margin:.3em 0}.fg summary{cursor:pointer;color:#0b5cad}
@media (max-width:600px){.fg h2{font-size:1.15em}#fg-text{font-size:1.2em}.fg-choice{padding:8px 12px}}
`;

/** Single keys on the workspace: J/→ next, K/← previous, 1/2/3 choose yes/partially/no. */
export const FOCUS_GROUP_JS = `(function () {
  if (!document.querySelector('[data-fg-workspace]')) return;
  var answers = { '1': 'yes', '2': 'partially', '3': 'no' };
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    var t = e.target, tag = t && t.tagName, type = t && t.type;
    if (tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && type !== 'radio' && type !== 'checkbox')) return;
    var arrow = e.key === 'ArrowRight' || e.key === 'ArrowLeft';
    if (arrow && type === 'radio') return;
    function follow(id) { var a = document.getElementById(id); if (a) { e.preventDefault(); window.location.assign(a.href); } }
    if (e.key === 'j' || e.key === 'ArrowRight') follow('fg-next');
    else if (e.key === 'k' || e.key === 'ArrowLeft') follow('fg-prev');
    else if (answers[e.key]) {
      var r = document.getElementById('fg-answer-' + answers[e.key]);
      if (r) { e.preventDefault(); r.checked = true; var s = document.getElementById('fg-save'); if (s) s.focus(); }
    }
  });
})();
`;
