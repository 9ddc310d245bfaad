/** The playground's command line: --port, --file, --date, --host, --dist (a folder with Code.js and Sidebar.html). */
import path from 'node:path';

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

/** parseArgs(['--port', '9000']) → { port: 9000, … defaults }. Throws a Russian message on a bad flag. */
export function parseArgs(argv: readonly string[], root: string): ServerOptions {
  const options: ServerOptions = {
    port: 8080,
    host: '127.0.0.1',
    file: path.join(root, 'samples/roadmap-2021.xlsx'),
    date: '2021-06-15',
    distDir: path.join(root, 'dist'),
    samplesDir: path.join(root, 'samples'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    const need = (): string => {
      if (value === undefined || value.startsWith('--')) throw new Error(`Флагу ${flag} нужно значение.`);
      i++;
      return value;
    };
    if (flag === '--port') {
      const port = Number(need());
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`Порт — число от 0 до 65535: «${value}».`);
      options.port = port;
    } else if (flag === '--file') options.file = path.resolve(need());
    else if (flag === '--date') options.date = need();
    else if (flag === '--host') options.host = need();
    else if (flag === '--dist') options.distDir = path.resolve(need());
    else throw new Error(`Неизвестный флаг «${flag}». Флаги: --port N, --file ФАЙЛ.xlsx, --date ГГГГ-ММ-ДД.`);
  }
  return options;
}
