/** The playground's command line: --port, --file, --date, --host, --dist (a folder with Code.js and Sidebar.html). */
import path from 'node:path';
import { type FlagSpec, type FlagWords, readFlags } from '../flags';

export interface ServerOptions {
  port: number;
  /** 127.0.0.1 by default: the playground is for this machine only. */
  host: string;
  file: string;
  date: string;
  distDir: string;
  /** The folder of the sample plans offered beside «Открыть .xlsx…». */
  samplesDir: string;
}

const FLAGS: FlagSpec = { port: 'value', file: 'value', date: 'value', host: 'value', dist: 'value' };
const WORDS: FlagWords = {
  unknown: (flag) => `Неизвестный флаг «${flag}». Флаги: --port N, --file ФАЙЛ.xlsx, --date ГГГГ-ММ-ДД.`,
  needsValue: (flag) => `Флагу ${flag} нужно значение.`,
  takesNoValue: (flag) => `Флагу ${flag} значение не нужно.`,
};

/**
 * parseArgs(['--port', '9000']) → { port: 9000, … defaults } (node:util parseArgs, strict, through
 * ../flags.ts). Throws a Russian message on a bad flag; the playground takes no positionals.
 */
export function parseArgs(argv: readonly string[], root: string): ServerOptions {
  const options: ServerOptions = {
    port: 8080,
    host: '127.0.0.1',
    file: path.join(root, 'samples/roadmap-2021.xlsx'),
    date: '2021-06-15',
    distDir: path.join(root, 'dist'),
    samplesDir: path.join(root, 'samples'),
  };
  const { values } = readFlags(argv, FLAGS, WORDS, false);
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`Порт — число от 0 до 65535: «${values.port}».`);
    options.port = port;
  }
  if (values.file !== undefined) options.file = path.resolve(values.file);
  if (values.date !== undefined) options.date = values.date;
  if (values.host !== undefined) options.host = values.host;
  if (values.dist !== undefined) options.distDir = path.resolve(values.dist);
  return options;
}
