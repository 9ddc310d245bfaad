/**
 * google.script.run inside the playground's sidebar iframe. The iframe is sandboxed
 * without allow-same-origin (like Google's, it cannot touch the page or localStorage),
 * so the shim posts each call to the parent page, which POSTs it to /api/run and posts
 * the result back. Handlers follow Google's semantics: withSuccessHandler,
 * withFailureHandler and withUserObject each return a new runner; any function name can
 * be called; the failure handler receives an Error.
 */
export const SHIM = `(function () {
  var pending = {};
  var seq = 0;
  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!m || m.type !== 'gs-result' || !pending[m.id]) return;
    var p = pending[m.id];
    delete pending[m.id];
    if (m.ok) {
      if (p.success) p.success(m.value, p.userObject);
    } else {
      var error = new Error(m.error);
      error.name = m.errorName || 'ScriptError';
      if (p.failure) p.failure(error, p.userObject);
      else console.error(error);
    }
  });
  function runner(success, failure, userObject) {
    var base = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    return new Proxy(base, {
      get: function (target, name) {
        if (Object.prototype.hasOwnProperty.call(target, name)) return target[name];
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var id = ++seq;
          pending[id] = { success: success, failure: failure, userObject: userObject };
          parent.postMessage({ type: 'gs-run', id: id, name: name, args: Array.prototype.slice.call(arguments) }, '*');
        };
      }
    });
  }
  window.google = {
    script: {
      run: runner(),
      host: {
        close: function () { parent.postMessage({ type: 'gs-close' }, '*'); },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () { parent.postMessage({ type: 'gs-focus' }, '*'); } }
      }
    }
  };
})();`;

/** injectShim('<html><head>…') → the same page with the shim as the first script of <head>. */
export function injectShim(html: string): string {
  const tag = `<script>${SHIM}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
