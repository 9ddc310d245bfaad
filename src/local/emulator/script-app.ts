/// <reference types="google-apps-script" />
import { AuthMode, AuthorizationStatus, EventType, InstallationSource, TriggerSource } from './enums';
import { gasError, type Runtime } from './runtime';
import { currentUser } from './session';
import {
  type ClockSchedule,
  TOO_MANY_TRIGGERS_MESSAGE,
  TRIGGER_LIMIT_PER_USER,
  type TriggerRecord,
  type TriggerRegistry,
} from './triggers';
import { isValidTimeZone } from './tz';

/**
 * ScriptApp: installable triggers (clock and spreadsheet), the enums, and the rules —
 * 20 triggers per user per script, each owned by its creator; a user sees only their own.
 * getUserTriggers(ss) lists this user's triggers on that file, clock triggers included when
 * they were created with that file open (add-on triggers belong to a document) [U].
 * Needs authorization (script.scriptapp): never from a simple trigger.
 */
export type EmulatedScriptApp = Pick<
  GoogleAppsScript.Script.ScriptApp,
  | 'AuthMode'
  | 'EventType'
  | 'TriggerSource'
  | 'InstallationSource'
  | 'getInstallationSource'
  | 'AuthorizationStatus'
  | 'getAuthorizationInfo'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
  | 'getService'
>;

export const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
const EVERY_MINUTES = [1, 5, 10, 15, 30];
/** Seen in the wild without its first words (ljay79/jira-tools#53); the start is a guess [U]. */
export const ADDON_TRIGGER_MESSAGE =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
/** [U] Google's text is not known; the rule is: an add-on's clock trigger runs at most hourly. */
export const ADDON_FREQUENCY_MESSAGE =
  'Add-ons may not create time-based triggers that run more often than once an hour.';
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

function triggerView(runtime: Runtime, t: TriggerRecord): GoogleAppsScript.Script.Trigger {
  const get = <T>(method: string, value: T): T => {
    runtime.call('ScriptApp', `Trigger.${method}`);
    return value;
  };
  return {
    getHandlerFunction: () => get('getHandlerFunction', t.handler),
    getUniqueId: () => get('getUniqueId', t.uid),
    getEventType: () => get('getEventType', EventType[t.eventType]),
    getTriggerSource: () => get('getTriggerSource', TriggerSource[t.source]),
    getTriggerSourceId: () => get('getTriggerSourceId', t.sourceId),
  } as unknown as GoogleAppsScript.Script.Trigger;
}

/** Reads the spreadsheet id from an emulated Spreadsheet or takes the id string itself. */
function spreadsheetId(target: unknown): string {
  if (typeof target === 'string') return target;
  const ss = target as { getId?: () => string } | null;
  if (!ss || typeof ss.getId !== 'function') throw gasError('Invalid argument: spreadsheet');
  return ss.getId();
}

export interface ScriptAppOptions {
  scriptId: string;
  /** The open document's id (bound script or add-on), null for a standalone script. */
  documentId?: string | null;
  /**
   * Run as an editor add-on: time-driven triggers at most once an hour, and one trigger
   * of each type per user per document (installable triggers guide, add-on restrictions).
   */
  addOn?: boolean;
  scriptTimeZone: string;
  defaultUser: string;
  /**
   * The web app deployment: its /exec URL, or null when the script is not deployed as a web app
   * (getService().getUrl() returns null then). An object, so the host can deploy later.
   */
  webApp?: { url: string | null };
  /** The manifest's oauthScopes: what the person granted when they authorized the script. */
  grantedScopes?: readonly string[];
}

export function createScriptApp(
  runtime: Runtime,
  registry: TriggerRegistry,
  options: ScriptAppOptions,
): EmulatedScriptApp {
  const guard = (method: string) => {
    runtime.call('ScriptApp', method);
    runtime.requireAuthorization(`ScriptApp.${method}`, SCRIPTAPP_SCOPE);
  };
  const me = () => currentUser(runtime, options.defaultUser);

  const register = (record: Omit<TriggerRecord, 'uid' | 'owner' | 'createdMs' | 'nextFireMs' | 'documentId'>) => {
    guard('TriggerBuilder.create');
    if (registry.ownedBy(me()).length >= TRIGGER_LIMIT_PER_USER) throw gasError(TOO_MANY_TRIGGERS_MESSAGE);
    if (options.addOn) {
      const document = record.source === 'CLOCK' ? (options.documentId ?? null) : record.sourceId;
      const same = registry
        .ownedBy(me())
        .some(
          (t) => t.eventType === record.eventType && (t.source === 'CLOCK' ? t.documentId : t.sourceId) === document,
        );
      if (same) throw gasError(ADDON_TRIGGER_MESSAGE);
    }
    if (record.clock && record.clock.kind === 'days') record.clock.firingMinute = registry.drawMinute(record.clock);
    const t: TriggerRecord = {
      ...record,
      documentId: record.source === 'CLOCK' ? (options.documentId ?? null) : record.sourceId,
      uid: registry.newUid(),
      owner: me(),
      createdMs: runtime.clock.now(),
      nextFireMs: null,
    };
    t.nextFireMs = registry.nextFire(t, t.createdMs);
    registry.triggers.push(t);
    return triggerView(runtime, t);
  };

  const clockBuilder = (handler: string) => {
    const s: ClockSchedule = {
      kind: 'days',
      every: 0,
      hour: null,
      minute: null,
      timeZone: options.scriptTimeZone,
      atMs: null,
    };
    let frequencySet = false;
    const step = (method: string) => runtime.call('Builder', `ClockTriggerBuilder.${method}`);
    const builder = {
      everyMinutes(n: number) {
        step('everyMinutes');
        if (options.addOn) throw gasError(ADDON_FREQUENCY_MESSAGE);
        if (!EVERY_MINUTES.includes(n))
          throw gasError('The value you passed to everyMinutes must be 1, 5, 10, 15 or 30.');
        Object.assign(s, { kind: 'minutes', every: n });
        frequencySet = true;
        return builder;
      },
      everyHours(n: number) {
        step('everyHours');
        if (!EVERY_HOURS.includes(n)) throw gasError('The value you passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
        Object.assign(s, { kind: 'hours', every: n });
        frequencySet = true;
        return builder;
      },
      everyDays(n: number) {
        step('everyDays');
        if (!Number.isInteger(n) || n < 1) throw gasError('Invalid argument: n');
        Object.assign(s, { kind: 'days', every: n });
        frequencySet = true;
        return builder;
      },
      atHour(hour: number) {
        step('atHour');
        if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw gasError('Invalid argument: hour');
        s.hour = hour;
        return builder;
      },
      nearMinute(minute: number) {
        step('nearMinute');
        if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw gasError('Invalid argument: minute');
        s.minute = minute;
        return builder;
      },
      inTimezone(timeZone: string) {
        step('inTimezone');
        if (!isValidTimeZone(String(timeZone))) throw gasError(`Invalid argument: timezone`);
        s.timeZone = String(timeZone);
        return builder;
      },
      after(ms: number) {
        step('after');
        Object.assign(s, { kind: 'once', atMs: runtime.clock.now() + ms });
        frequencySet = true;
        return builder;
      },
      at(date: Date) {
        step('at');
        Object.assign(s, { kind: 'once', atMs: new Date(date).getTime() });
        frequencySet = true;
        return builder;
      },
      create() {
        // [U] Google's text when atHour/nearMinute come without a frequency.
        if (!frequencySet)
          throw gasError('The trigger must have a frequency: call everyDays, everyHours or everyMinutes.');
        if ((s.hour !== null || s.minute !== null) && s.kind !== 'days')
          throw gasError('atHour and nearMinute can only be used with everyDays or everyWeeks.');
        return register({ handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, clock: { ...s } });
      },
    };
    return builder;
  };

  const sheetBuilder = (handler: string, id: string) => {
    let eventType: TriggerRecord['eventType'] | null = null;
    const on = (type: TriggerRecord['eventType']) => () => {
      runtime.call('Builder', `SpreadsheetTriggerBuilder.${type}`);
      eventType = type;
      return builder;
    };
    const builder = {
      onOpen: on('ON_OPEN'),
      onEdit: on('ON_EDIT'),
      onChange: on('ON_CHANGE'),
      onFormSubmit: on('ON_FORM_SUBMIT'),
      create() {
        if (!eventType) throw gasError('The trigger needs an event type: onOpen, onEdit, onChange or onFormSubmit.');
        return register({ handler, eventType, source: 'SPREADSHEETS', sourceId: id, clock: null });
      },
    };
    return builder;
  };

  const app = {
    AuthMode,
    EventType,
    TriggerSource,
    InstallationSource,
    /**
     * NONE for a script that is not running as an add-on (bound to the file); an installed add-on
     * reports how it was installed [D REF:script/installation-source]. Needs no authorization [U].
     */
    AuthorizationStatus,
    /**
     * Whether the person still has to authorize the script, and which of `scopes` (default: the
     * manifest's) are granted [D REF:script/authorization-info: getAuthorizedScopes() String[]|null].
     * In the emulator the manifest's scopes are granted once a FULL execution runs.
     */
    getAuthorizationInfo(mode: unknown, scopes?: string[]) {
      runtime.call('ScriptApp', 'getAuthorizationInfo');
      const granted = options.grantedScopes ?? [];
      const run = runtime.execution;
      const authorized = run === null || run.authMode === 'FULL';
      const wanted = Array.isArray(scopes) ? scopes.map(String) : [...granted];
      const have = authorized ? wanted.filter((scope) => granted.includes(scope)) : [];
      const complete = String(mode) !== 'FULL' || (authorized && have.length === wanted.length);
      return {
        getAuthorizationStatus: () => (complete ? AuthorizationStatus.NOT_REQUIRED : AuthorizationStatus.REQUIRED),
        getAuthorizationUrl: () => (complete ? null : 'https://script.google.com/macros/emulated/authorize'),
        getAuthorizedScopes: () => have,
      };
    },
    getInstallationSource() {
      runtime.call('ScriptApp', 'getInstallationSource');
      return options.addOn ? InstallationSource.WEB_STORE_ADD_ON : InstallationSource.NONE;
    },
    newTrigger(functionName: string) {
      guard('newTrigger');
      const handler = String(functionName);
      return {
        timeBased: () => clockBuilder(handler),
        forSpreadsheet: (target: unknown) => sheetBuilder(handler, spreadsheetId(target)),
      };
    },
    getProjectTriggers() {
      guard('getProjectTriggers');
      return registry.ownedBy(me()).map((t) => triggerView(runtime, t));
    },
    getUserTriggers(target: unknown) {
      guard('getUserTriggers');
      const id = spreadsheetId(target);
      return registry
        .ownedBy(me())
        .filter((t) => t.sourceId === id || t.documentId === id)
        .map((t) => triggerView(runtime, t));
    },
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
      guard('deleteTrigger');
      const uid = trigger.getUniqueId();
      const t = registry.find(uid);
      if (t && t.owner === me()) registry.remove(uid);
    },
    getScriptId() {
      runtime.call('ScriptApp', 'getScriptId');
      return options.scriptId;
    },
    /** Service: getUrl() is the deployment's URL or null; isEnabled() whether it is deployed. No scope needed [U]. */
    getService() {
      runtime.call('ScriptApp', 'getService');
      const url = () => options.webApp?.url ?? null;
      return {
        getUrl() {
          runtime.call('ScriptApp', 'Service.getUrl');
          return url();
        },
        isEnabled() {
          runtime.call('ScriptApp', 'Service.isEnabled');
          return url() !== null;
        },
      };
    },
  };
  return app as unknown as EmulatedScriptApp;
}
