import { injectShim, SHIM } from '../../../src/local/playground/shim';

describe('injectShim', () => {
  it('puts the shim first in <head>, before the page scripts', () => {
    const html = injectShim('<!DOCTYPE html><html><head><base target="_top"><script>app()</script></head></html>');
    expect(html.indexOf(SHIM)).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.indexOf(SHIM)).toBeLessThan(html.indexOf('app()'));
  });
  it('prepends the shim to a page without <head>', () => {
    expect(injectShim('<p>x</p>').startsWith('<script>')).toBe(true);
  });
});

describe('the shim', () => {
  /** Runs the shim in a fake window and returns what it posted and how to answer. */
  function load() {
    const posted: { id: number; name: string; args: unknown[] }[] = [];
    let listener: ((e: { data: unknown }) => void) | null = null;
    const win: Record<string, unknown> = {
      addEventListener: (_: string, f: (e: { data: unknown }) => void) => {
        listener = f;
      },
    };
    const parent = { postMessage: (m: { id: number; name: string; args: unknown[] }) => posted.push(m) };
    new Function('window', 'parent', SHIM)(win, parent);
    const google = win.google as { script: { run: Record<string, (...a: unknown[]) => unknown> } };
    const answer = (data: unknown) => listener?.({ data });
    return { posted, google, answer };
  }

  it('posts a call with its arguments and calls the success handler with the value and user object', () => {
    const { posted, google, answer } = load();
    const seen: unknown[] = [];
    const run = google.script.run as unknown as {
      withSuccessHandler(f: (v: unknown, o: unknown) => void): {
        withUserObject(o: unknown): Record<string, (...a: unknown[]) => void>;
      };
    };
    run
      .withSuccessHandler((v, o) => seen.push(v, o))
      .withUserObject('ctx')
      .selectCell?.(12, 1);
    expect(posted).toEqual([{ type: 'gs-run', id: 1, name: 'selectCell', args: [12, 1] }]);
    answer({ type: 'gs-result', id: 1, ok: true, value: null });
    expect(seen).toEqual([null, 'ctx']);
  });

  it('calls the failure handler with an Error carrying the server message', () => {
    const { google, answer } = load();
    const errors: Error[] = [];
    const run = google.script.run as unknown as {
      withFailureHandler(f: (e: Error) => void): Record<string, () => void>;
    };
    run.withFailureHandler((e) => errors.push(e)).checkDeadlines?.();
    answer({ type: 'gs-result', id: 1, ok: false, error: 'Таблица не найдена' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(Error);
    expect(errors[0]?.message).toBe('Таблица не найдена');
  });

  it('ignores results it did not ask for', () => {
    const { google, answer } = load();
    const seen: unknown[] = [];
    (google.script.run as unknown as { withSuccessHandler(f: (v: unknown) => void): unknown }).withSuccessHandler((v) =>
      seen.push(v),
    );
    answer({ type: 'gs-result', id: 7, ok: true, value: 1 });
    answer({ something: 'else' });
    expect(seen).toEqual([]);
  });
});
