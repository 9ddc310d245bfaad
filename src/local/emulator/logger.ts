/// <reference types="google-apps-script" />
import type { Runtime } from './runtime';
import { formatJavaString } from './utilities';

/** Logger and console, recorded with the simulated time (the execution log). */
export interface LogEntry {
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
  at: number;
}

export type EmulatedLogger = Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>;

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error || (typeof value === 'object' && value !== null && 'message' in value && 'name' in value))
    return `${(value as Error).name}: ${(value as Error).message}`;
  try {
    return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

export function createLogger(runtime: Runtime, log: LogEntry[]): EmulatedLogger {
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      runtime.call('Logger', 'log');
      const message = values.length && typeof data === 'string' ? formatJavaString(data, values) : show(data);
      log.push({ source: 'Logger', level: 'log', message, at: runtime.clock.now() });
      return logger;
    },
    getLog() {
      runtime.call('Logger', 'getLog');
      return log
        .filter((e) => e.source === 'Logger')
        .map((e) => `${new Date(e.at).toISOString()} INFO: ${e.message}`)
        .join('\n');
    },
    clear() {
      runtime.call('Logger', 'clear');
      for (let i = log.length - 1; i >= 0; i--) if (log[i]?.source === 'Logger') log.splice(i, 1);
    },
  };
  return logger as unknown as EmulatedLogger;
}

export type EmulatedConsole = Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;

export function createConsole(runtime: Runtime, log: LogEntry[]): EmulatedConsole {
  const at =
    (level: LogEntry['level']) =>
    (...args: unknown[]) => {
      runtime.call('console', level);
      log.push({ source: 'console', level, message: args.map(show).join(' '), at: runtime.clock.now() });
    };
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}
