/// <reference types="google-apps-script" />
import type { Runtime } from './runtime';

/**
 * Session: the active user is blank under simple triggers (Google hides the user there);
 * the effective user is the trigger's owner under installable triggers.
 */
export type EmulatedSession = Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
>;

export interface SessionOptions {
  scriptTimeZone: string;
  /** Language of the person, as Google gives it ('ru', 'en'). */
  locale: string;
  /** Who runs code outside any execution (test setup). */
  defaultUser: string;
}

export function makeUser(email: string): GoogleAppsScript.Base.User {
  return { getEmail: () => email } as GoogleAppsScript.Base.User;
}

export function createSession(runtime: Runtime, options: SessionOptions): EmulatedSession {
  return {
    getActiveUser() {
      runtime.call('Session', 'getActiveUser');
      const run = runtime.execution;
      return makeUser(run ? (run.activeUser ?? run.user) : options.defaultUser);
    },
    getEffectiveUser() {
      runtime.call('Session', 'getEffectiveUser');
      const run = runtime.execution;
      // Under a simple trigger the script may not read who runs it either.
      if (run && run.authMode !== 'FULL') return makeUser('');
      return makeUser(run ? run.user : options.defaultUser);
    },
    getScriptTimeZone() {
      runtime.call('Session', 'getScriptTimeZone');
      return options.scriptTimeZone;
    },
    getActiveUserLocale() {
      runtime.call('Session', 'getActiveUserLocale');
      return options.locale;
    },
    getTemporaryActiveUserKey() {
      runtime.call('Session', 'getTemporaryActiveUserKey');
      const run = runtime.execution;
      const email = run ? (run.activeUser ?? run.user) : options.defaultUser;
      return Buffer.from(`key:${email}`).toString('base64');
    },
  } as EmulatedSession;
}

/** The user code runs as right now: the execution's effective user, or the default one. */
export function currentUser(runtime: Runtime, defaultUser: string): string {
  return runtime.execution ? runtime.execution.user : defaultUser;
}
