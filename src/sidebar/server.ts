/**
 * A typed promise over google.script.run: the names and the types come from the
 * server contract (src/addon/api-types.ts), so a renamed server function fails to compile.
 *
 * @example
 *   const state = await call('checkDeadlines');
 *   await call('selectCell', 12, 1);
 */
import type { ServerApi, ServerFunction } from '../addon/api-types';

type Handler = (value: unknown) => void;

/** The part of google.script.run the sidebar uses (Google's client API, not typed by @types). */
interface ScriptRunner {
  withSuccessHandler(handler: Handler): ScriptRunner;
  withFailureHandler(handler: Handler): ScriptRunner;
  [name: string]: unknown;
}

interface GoogleClient {
  script?: { run?: ScriptRunner };
}

/** Russian text of whatever google.script.run hands to the failure handler. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string')
    return (error as { message: string }).message;
  if (typeof error === 'string' && error) return error;
  return 'Неизвестная ошибка сервера.';
}

export function call<K extends ServerFunction>(
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const google = (globalThis as { google?: GoogleClient }).google;
    const run = google?.script?.run;
    if (!run) {
      reject(new Error('Нет связи с таблицей: панель открыта не из Google Таблиц.'));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new Error(errorMessage(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`Функция сервера «${name}» недоступна.`));
      return;
    }
    fn.apply(runner, args);
  });
}
