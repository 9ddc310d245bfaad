/**
 * The playground page: the emulated spreadsheet (tabs, merges, colors, bold), the add-in
 * menu, the REAL sidebar in a sandboxed iframe bridged to /api/run, and the outbox.
 * Everything from the sheet is set with textContent; e-mails render in sandboxed srcdoc
 * iframes (no scripts).
 */
const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.4 Roboto, "Segoe UI", Arial, sans-serif; color: #202124; height: 100vh; display: flex; flex-direction: column; }
header { display: flex; align-items: center; gap: 12px; padding: 8px 16px; border-bottom: 1px solid #dadce0; flex-wrap: wrap; }
header h1 { font-size: 18px; font-weight: 400; margin: 0 8px 0 0; }
header .file { color: #5f6368; }
header label { display: inline-flex; align-items: center; gap: 4px; }
button, .linkbtn { font: inherit; border: 1px solid #dadce0; border-radius: 4px; background: #fff; color: #1a73e8; padding: 4px 12px; cursor: pointer; text-decoration: none; }
button:hover, .linkbtn:hover { background: #f1f6fe; }
.samples select { font: inherit; max-width: 240px; margin-left: 4px; }
:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.menu { position: relative; }
.menu-list { position: absolute; top: 100%; left: 0; z-index: 20; background: #fff; border: 1px solid #dadce0; box-shadow: 0 2px 6px rgba(60,64,67,.3); min-width: 260px; padding: 4px 0; list-style: none; margin: 2px 0 0; }
.menu-list[hidden] { display: none; }
.menu-list button { display: block; width: 100%; text-align: left; border: 0; border-radius: 0; color: #202124; padding: 6px 16px; }
.menu-list .sep { border-top: 1px solid #dadce0; margin: 4px 0; }
.menu-title { padding: 4px 16px; color: #5f6368; font-size: 12px; }
main { flex: 1; display: flex; min-height: 0; }
.sheet-area { flex: 1; display: flex; flex-direction: column; min-width: 0; }
.grid-wrap { flex: 1; overflow: auto; background: #fff; }
table.grid { border-collapse: collapse; table-layout: fixed; }
.grid th { background: #f8f9fa; color: #5f6368; font-weight: 400; border: 1px solid #c0c0c0; position: sticky; top: 0; z-index: 2; height: 22px; }
.grid th.rh { position: sticky; left: 0; z-index: 1; width: 46px; }
.grid td { border: 1px solid #e2e2e2; padding: 2px 4px; vertical-align: bottom; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; max-height: 120px; }
.grid td.wrap { white-space: pre-wrap; overflow-wrap: anywhere; vertical-align: top; }
.grid tr.frozen-last td { border-bottom: 3px solid #bdc1c6; }
.grid td.selected { outline: 2px solid #1a73e8; outline-offset: -2px; background-image: linear-gradient(rgba(26,115,232,.12), rgba(26,115,232,.12)); }
.grid td.has-note { position: relative; }
.grid td.has-note::after { content: ""; position: absolute; top: 0; right: 0; border: 4px solid transparent; border-top-color: #f9ab00; border-right-color: #f9ab00; }
.grid td input, .grid td select { width: 100%; font: inherit; }
.tabs { display: flex; gap: 2px; padding: 0 8px; background: #f1f3f4; border-top: 1px solid #dadce0; overflow-x: auto; }
.tabs button { border: 0; border-radius: 0; background: transparent; color: #3c4043; padding: 8px 16px; white-space: nowrap; }
.tabs button[aria-selected="true"] { background: #fff; color: #188038; font-weight: 500; border-bottom: 3px solid #188038; }
aside.sidebar-pane { width: 300px; flex: none; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
.pane-head { display: flex; justify-content: space-between; align-items: center; padding: 8px 8px 8px 16px; border-bottom: 1px solid #dadce0; font-size: 16px; }
.pane-head button { border: 0; font-size: 18px; line-height: 1; padding: 2px 8px; color: #5f6368; }
#sidebar { flex: 1; width: 300px; border: 0; }
aside.outbox { width: 360px; flex: none; border-left: 1px solid #dadce0; display: flex; flex-direction: column; min-height: 0; }
aside.outbox h2 { font-size: 14px; font-weight: 500; margin: 0; padding: 8px 16px; border-bottom: 1px solid #dadce0; }
.mail-list { list-style: none; margin: 0; padding: 0; overflow-y: auto; max-height: 40%; border-bottom: 1px solid #dadce0; }
.mail-list button { display: block; width: 100%; text-align: left; border: 0; border-bottom: 1px solid #f1f3f4; border-radius: 0; color: #202124; padding: 6px 16px; }
.mail-list button[aria-current="true"] { background: #e8f0fe; }
.mail-list .meta { color: #5f6368; font-size: 12px; display: block; }
.mail-head { padding: 8px 16px; font-size: 12px; color: #3c4043; border-bottom: 1px solid #f1f3f4; overflow-wrap: anywhere; }
#mail-body { flex: 1; border: 0; width: 100%; min-height: 200px; }
.empty { color: #5f6368; font-style: italic; padding: 8px 16px; }
#status { padding: 4px 16px; font-size: 12px; color: #3c4043; background: #f8f9fa; border-top: 1px solid #dadce0; min-height: 24px; }
#status.error { color: #c5221f; background: #fce8e6; }
`;

/* The page's script: ES5-ish, no template literals (it lives inside one). */
const SCRIPT = `
(function () {
  var state = { view: null, sheet: null, mail: 0, editing: null, lastSelection: '' };
  var $ = function (id) { return document.getElementById(id); };
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function status(text, isError) {
    var s = $('status');
    s.textContent = text || '';
    s.className = isError ? 'error' : '';
  }
  function api(path, body, raw) {
    var init = body === undefined ? {} : { method: 'POST', headers: raw ? { 'content-type': 'application/octet-stream' } : { 'content-type': 'application/json' }, body: raw ? body : JSON.stringify(body) };
    return fetch(path, init).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok || j.ok === false) throw new Error(j.error || ('HTTP ' + r.status));
        return j;
      });
    });
  }

  // ---------------------------------------------------------------- refresh
  function refresh() {
    return api('/api/view').then(function (j) { render(j.view); }, function (e) { status(e.message, true); });
  }
  function render(view) {
    state.view = view;
    $('file').textContent = view.file;
    $('today').value = view.today;
    var sel = view.selection ? JSON.stringify(view.selection) : '';
    var selectionMoved = sel !== state.lastSelection;
    state.lastSelection = sel;
    if (selectionMoved && view.selection) state.sheet = view.selection.sheet;
    if (!state.sheet || !view.sheets.some(function (s) { return s.name === state.sheet; }))
      state.sheet = view.activeSheet || (view.sheets[0] && view.sheets[0].name);
    renderMenu(view.menus);
    renderTabs(view.sheets);
    renderGrid();
    renderOutbox(view.outbox);
    if (view.messages.length) status(view.messages[view.messages.length - 1]);
    if (selectionMoved) scrollToSelection();
  }

  // ---------------------------------------------------------------- menu
  function renderMenu(menus) {
    var list = $('menu-list');
    list.textContent = '';
    if (!menus.length) list.appendChild(el('li', { class: 'menu-title' }, 'Меню дополнения ещё не создано'));
    menus.forEach(function (menu) {
      list.appendChild(el('li', { class: 'menu-title', role: 'presentation' }, menu.title));
      menu.items.forEach(function (item) {
        if (item.separator) { list.appendChild(el('li', { class: 'sep', role: 'separator' })); return; }
        var li = el('li', { role: 'none' });
        var b = el('button', { type: 'button', role: 'menuitem', 'data-handler': item.handler }, item.label);
        b.addEventListener('click', function () { closeMenu(); runMenu(item); });
        li.appendChild(b);
        list.appendChild(li);
      });
    });
  }
  function closeMenu() { $('menu-list').hidden = true; $('menu-button').setAttribute('aria-expanded', 'false'); }
  function runMenu(item) {
    status('Выполняется «' + item.label + '»…');
    api('/api/menu', { handler: item.handler }).then(function (j) {
      if (j.sidebar) showSidebar(true);
      return refresh().then(function () { status('«' + item.label + '» выполнено.'); });
    }, function (e) { status('«' + item.label + '»: ' + e.message, true); refresh(); });
  }

  // ---------------------------------------------------------------- grid
  function renderTabs(sheets) {
    var tabs = $('tabs');
    tabs.textContent = '';
    sheets.forEach(function (s) {
      var b = el('button', { type: 'button', role: 'tab', 'aria-selected': String(s.name === state.sheet) }, s.name);
      b.addEventListener('click', function () { state.sheet = s.name; renderTabs(state.view.sheets); renderGrid(); });
      tabs.appendChild(b);
    });
  }
  function currentSheet() {
    var v = state.view;
    for (var i = 0; v && i < v.sheets.length; i++) if (v.sheets[i].name === state.sheet) return v.sheets[i];
    return null;
  }
  function isSelected(sel, sheet, r, c) {
    return sel && sel.sheet === sheet && r >= sel.row && r < sel.row + sel.numRows && c >= sel.column && c < sel.column + sel.numColumns;
  }
  function renderGrid() {
    var sheet = currentSheet();
    var wrap = $('grid-wrap');
    wrap.textContent = '';
    if (!sheet) { wrap.appendChild(el('p', { class: 'empty' }, 'Нет листов.')); return; }
    var table = el('table', { class: 'grid', 'data-sheet': sheet.name, role: 'grid', 'aria-label': 'Лист ' + sheet.name });
    var cols = el('colgroup');
    cols.appendChild(el('col', { style: 'width:46px' }));
    var total = 46;
    sheet.widths.forEach(function (w) { total += w; cols.appendChild(el('col', { style: 'width:' + w + 'px' })); });
    table.style.width = total + 'px';
    table.appendChild(cols);
    var head = el('tr');
    head.appendChild(el('th', { class: 'rh' }, ''));
    for (var c = 1; c <= sheet.numColumns; c++) head.appendChild(el('th', { scope: 'col' }, sheet.letters[c - 1]));
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el('tbody');
    var sel = state.view.selection;
    for (var r = 1; r <= sheet.numRows; r++) {
      var tr = el('tr', { 'data-row': r });
      if (r === sheet.frozenRows) tr.className = 'frozen-last';
      tr.appendChild(el('th', { class: 'rh', scope: 'row' }, String(r)));
      var row = sheet.cells[r - 1] || [];
      for (var col = 1; col <= sheet.numColumns; col++) {
        var cell = row[col - 1];
        if (cell === null) continue;
        cell = cell || { text: '' };
        var td = el('td', { 'data-row': r, 'data-col': col, tabindex: '-1', title: cell.note || undefined });
        if (cell.rowSpan) td.rowSpan = cell.rowSpan;
        if (cell.colSpan) td.colSpan = cell.colSpan;
        td.textContent = cell.text;
        if (cell.background) td.style.background = cell.background;
        if (cell.color) td.style.color = cell.color;
        if (cell.bold) td.style.fontWeight = '700';
        if (cell.italic) td.style.fontStyle = 'italic';
        if (cell.align) td.style.textAlign = cell.align;
        var classes = [];
        if (cell.wrap) classes.push('wrap');
        if (cell.note) classes.push('has-note');
        if (isSelected(sel, sheet.name, r, col)) classes.push('selected');
        td.className = classes.join(' ');
        td.addEventListener('dblclick', startEdit);
        td.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); startEdit.call(this); } });
        td.addEventListener('click', function () { this.focus(); });
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    wrap.appendChild(table);
    stickFrozen(table, sheet);
  }
  /** Frozen rows stay on screen while the grid scrolls, as in Sheets. */
  function stickFrozen(table, sheet) {
    var top = table.tHead.rows[0].offsetHeight;
    for (var r = 0; r < sheet.frozenRows && r < table.tBodies[0].rows.length; r++) {
      var tr = table.tBodies[0].rows[r];
      for (var i = 0; i < tr.cells.length; i++) {
        var c = tr.cells[i];
        c.style.position = 'sticky';
        c.style.top = top + 'px';
        c.style.zIndex = c.tagName === 'TH' ? '3' : '1';
        if (!c.style.background) c.style.background = c.tagName === 'TH' ? '#f8f9fa' : '#fff';
      }
      top += tr.offsetHeight;
    }
  }
  function scrollToSelection() {
    var sel = state.view && state.view.selection;
    if (!sel || sel.sheet !== state.sheet) return;
    var td = document.querySelector('td[data-row="' + sel.row + '"][data-col="' + sel.column + '"]');
    if (td) td.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
  function startEdit() {
    var td = this;
    if (td.querySelector('input,select')) return;
    var sheet = currentSheet();
    var r = Number(td.getAttribute('data-row')), c = Number(td.getAttribute('data-col'));
    var cell = (sheet.cells[r - 1] || [])[c - 1] || { text: '' };
    var old = cell.text;
    var input;
    if (cell.options && cell.options.length) {
      input = el('select', { 'aria-label': 'Значение ячейки ' + sheet.letters[c - 1] + r });
      input.appendChild(el('option', { value: '' }, ''));
      cell.options.forEach(function (o) { var opt = el('option', { value: o }, o); if (o === old) opt.selected = true; input.appendChild(opt); });
      input.addEventListener('change', function () { commit(input.value); });
    } else {
      input = el('input', { type: 'text', 'aria-label': 'Значение ячейки ' + sheet.letters[c - 1] + r });
      input.value = old;
    }
    var done = false;
    function commit(value) {
      if (done) return;
      done = true;
      if (value === old) { renderGrid(); return; }
      status('Изменение ' + sheet.letters[c - 1] + r + '…');
      api('/api/edit', { sheet: sheet.name, row: r, column: c, value: value }).then(function () {
        return refresh().then(function () { status('Ячейка ' + sheet.letters[c - 1] + r + ' изменена (onEdit выполнен).'); });
      }, function (e) { status(e.message, true); refresh(); });
    }
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); commit(input.value); }
      if (e.key === 'Escape') { done = true; renderGrid(); }
    });
    input.addEventListener('blur', function () { if (!done && input.tagName === 'INPUT') commit(input.value); });
    td.textContent = '';
    td.appendChild(input);
    input.focus();
  }

  // ---------------------------------------------------------------- outbox
  function renderOutbox(outbox) {
    $('outbox-count').textContent = String(outbox.length);
    var list = $('mail-list');
    list.textContent = '';
    if (!outbox.length) {
      list.appendChild(el('li', { class: 'empty' }, 'Писем пока нет.'));
      $('mail-head').textContent = '';
      $('mail-body').srcdoc = '';
      return;
    }
    if (state.mail >= outbox.length) state.mail = outbox.length - 1;
    outbox.forEach(function (m, i) {
      var li = el('li');
      var b = el('button', { type: 'button', 'aria-current': String(i === state.mail), 'data-mail': i });
      b.appendChild(el('span', null, m.subject));
      b.appendChild(el('span', { class: 'meta' }, m.to.join(', ') + (m.cc.length ? ' · копия: ' + m.cc.join(', ') : '')));
      b.addEventListener('click', function () { state.mail = i; renderOutbox(state.view.outbox); });
      li.appendChild(b);
      list.appendChild(li);
    });
    var m = outbox[state.mail];
    var head = $('mail-head');
    head.textContent = '';
    [['От', (m.name ? m.name + ' ' : '') + '<' + m.from + '>'], ['Кому', m.to.join(', ')], ['Копия', m.cc.join(', ')], ['Тема', m.subject], ['Время', m.at]].forEach(function (p) {
      if (!p[1]) return;
      var d = el('div');
      d.appendChild(el('strong', null, p[0] + ': '));
      d.appendChild(document.createTextNode(p[1]));
      head.appendChild(d);
    });
    // Links open in a new tab (the executor's page runs against this same spreadsheet); no scripts in the mail.
    // The e-mail shown is reloaded only when it changes: every refresh (after each sidebar call) would
    // otherwise replace the document under the reader's click.
    var shown = '<base target="_blank">' + (m.html || ('<pre style="white-space:pre-wrap;font:13px sans-serif">' + m.text.replace(/&/g, '&amp;').replace(/</g, '&lt;') + '</pre>'));
    if ($('mail-body').srcdoc !== shown) $('mail-body').srcdoc = shown;
  }

  // ---------------------------------------------------------------- sidebar bridge
  function showSidebar(reload) {
    $('sidebar-pane').hidden = false;
    if (reload) $('sidebar').src = '/sidebar?t=' + Date.now();
  }
  window.addEventListener('message', function (event) {
    var frame = $('sidebar');
    if (event.source !== frame.contentWindow) return;
    var m = event.data;
    if (!m) return;
    if (m.type === 'gs-close') { $('sidebar-pane').hidden = true; return; }
    if (m.type !== 'gs-run') return;
    var reply = function (msg) { msg.type = 'gs-result'; msg.id = m.id; event.source.postMessage(msg, '*'); };
    fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: m.name, args: m.args }) })
      .then(function (r) { return r.json(); })
      .then(function (j) {
        if (j.ok) reply({ ok: true, value: j.value });
        else reply({ ok: false, error: j.error, errorName: j.errorName });
        return refresh();
      }, function (e) { reply({ ok: false, error: 'Нет связи с сервером площадки: ' + e.message }); });
  });

  // ---------------------------------------------------------------- toolbar
  $('menu-button').addEventListener('click', function () {
    var list = $('menu-list');
    list.hidden = !list.hidden;
    this.setAttribute('aria-expanded', String(!list.hidden));
    if (!list.hidden) { var first = list.querySelector('button'); if (first) first.focus(); }
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') closeMenu(); });
  document.addEventListener('click', function (e) { if (!e.target.closest('.menu')) closeMenu(); });
  $('today-form').addEventListener('submit', function (e) {
    e.preventDefault();
    api('/api/clock', { date: $('today').value }).then(function () {
      status('Дата площадки: ' + $('today').value);
      showSidebar(true);
      return refresh();
    }, function (e2) { status(e2.message, true); });
  });
  $('upload').addEventListener('change', function () {
    var f = this.files && this.files[0];
    if (!f) return;
    status('Открывается ' + f.name + '…');
    api('/api/open?name=' + encodeURIComponent(f.name), f, true).then(function () {
      status('Открыт ' + f.name);
      showSidebar(true);
      return refresh();
    }, function (e) { status(e.message, true); });
    this.value = '';
  });
  fetch('/api/samples').then(function (r) { return r.json(); }).then(function (d) {
    (d.samples || []).forEach(function (s) {
      var o = document.createElement('option');
      o.value = s.file;
      o.textContent = s.title;
      $('samples').appendChild(o);
    });
  });
  $('samples').addEventListener('change', function () {
    var file = this.value;
    if (!file) return;
    status('Открывается ' + file + '…');
    api('/api/sample', { file: file }).then(function (d) {
      status('Открыт ' + file);
      if (d.today) $('today').value = d.today;
      showSidebar(true);
      return refresh();
    }, function (e) { status(e.message, true); });
    this.value = '';
  });
  $('close-sidebar').addEventListener('click', function () { $('sidebar-pane').hidden = true; });
  // The sidebar is loaded only now, with the bridge's 'message' listener above in place. Its
  // first google.script.run call (getSidebarState) is posted as soon as its script runs; with
  // src="/sidebar" in the markup the iframe could load and post before this script (at the end
  // of <body>) had run — the parser yields on a busy machine — and the call was lost: the
  // sidebar stayed in «Загрузка…» for good (issue 13, the browser tests' hung first load).
  $('sidebar').src = '/sidebar';
  refresh();
})();
`;

export function playgroundPage(): string {
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Дорожная карта — игровая площадка</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1>Дорожная карта · площадка</h1>
  <span class="file" id="file"></span>
  <div class="menu">
    <button type="button" id="menu-button" aria-haspopup="true" aria-expanded="false" aria-controls="menu-list">Расширения ▾</button>
    <ul class="menu-list" id="menu-list" role="menu" hidden></ul>
  </div>
  <form id="today-form">
    <label>Сегодня <input type="date" id="today" required></label>
    <button type="submit">Перевести часы</button>
  </form>
  <label class="linkbtn">Открыть .xlsx… <input type="file" id="upload" accept=".xlsx" hidden></label>
  <label class="samples">Образцы <select id="samples"><option value="">— выбрать —</option></select></label>
  <a class="linkbtn" id="download" href="/api/download" download>Скачать .xlsx</a>
</header>
<main>
  <section class="sheet-area" aria-label="Таблица">
    <div class="grid-wrap" id="grid-wrap"></div>
    <nav class="tabs" id="tabs" role="tablist" aria-label="Листы"></nav>
  </section>
  <aside class="sidebar-pane" id="sidebar-pane" aria-label="Боковая панель дополнения">
    <div class="pane-head"><span>Дорожная карта</span><button type="button" id="close-sidebar" aria-label="Закрыть панель">×</button></div>
    <iframe id="sidebar" title="Боковая панель" sandbox="allow-scripts allow-forms allow-popups"></iframe>
  </aside>
  <aside class="outbox" aria-labelledby="outbox-title">
    <h2 id="outbox-title">Отправленные письма (<span id="outbox-count">0</span>)</h2>
    <ul class="mail-list" id="mail-list"></ul>
    <div class="mail-head" id="mail-head"></div>
    <iframe id="mail-body" title="Текст письма" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>
  </aside>
</main>
<div id="status" role="status" aria-live="polite"></div>
<script>${SCRIPT}</script>
</body>
</html>`;
}
