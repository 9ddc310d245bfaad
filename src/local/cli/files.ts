import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, rmSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { FileError } from './args';

/**
 * The CLI's file effects, each safe against the mistakes and accidents of a person's machine:
 * an error is one Russian sentence naming the path (never EACCES/ENOENT), the workbook is
 * replaced atomically, a second run on the same workbook is refused, e-mails are staged and
 * released only after the workbook with their log is saved.
 * Example: await saveAtomically('/tmp/out.xlsx', bytes) — the old file stays whole if this fails.
 */

/** Why a file operation failed, in Russian, from Node's error code. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'нет такого файла или папки';
    case 'EACCES':
    case 'EPERM':
      return 'нет прав доступа';
    case 'EISDIR':
      return 'это папка, а не файл';
    case 'ENOTDIR':
      return 'часть пути — не папка';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'на диске нет места';
    case 'EFBIG':
      return 'файл больше, чем разрешено записывать (ограничение размера файлов)';
    case 'EROFS':
      return 'диск доступен только для чтения';
    case 'EEXIST':
      return 'такой файл уже есть';
    case 'EMFILE':
    case 'ENFILE':
      return 'открыто слишком много файлов';
    case 'ENAMETOOLONG':
      return 'слишком длинное имя';
    default:
      return 'ошибка ввода-вывода';
  }
}

/** A Node file-system error (it has a code like ENOENT). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** Runs `action`, turning a file-system error into one Russian sentence: «{what} {file}: {reason}{after}». */
export function withFileErrors<T>(what: string, file: string, action: () => T, after = ''): T {
  try {
    return action();
  } catch (error) {
    if (isFsError(error)) throw new FileError(`${what} ${file}: ${fsReason(error)}${after}.`);
    throw error;
  }
}

/** The workbook to read: exists, is a file, can be opened. */
export function checkReadable(file: string): void {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new FileError(`Файл не найден: ${file}`);
    throw new FileError(`Не удалось открыть файл ${file}: ${fsReason(error)}`);
  }
  if (!stat.isFile()) throw new FileError(`Это папка, а не файл: ${file}`);
}

/** Where --out will go: its folder exists, and the path is not a folder. Checked before anything is sent. */
export function checkWritableTarget(file: string): void {
  const folder = path.dirname(path.resolve(file));
  if (!existsSync(folder)) throw new FileError(`Папка для --out не существует: ${folder}`);
  if (!statSync(folder).isDirectory()) throw new FileError(`Путь для --out идёт через файл, а не папку: ${folder}`);
  if (existsSync(file) && statSync(file).isDirectory())
    throw new FileError(`В --out указана папка, а нужен файл книги: ${file}`);
}

/**
 * Writes a temporary file in the same folder, then renames it over `file`: all or nothing, and
 * the file keeps its permissions. Hand-written rather than write-file-atomic: version 6 writes
 * with one fs.write and ignores a short count, so under a file-size limit it renamed an 8 KB
 * truncated workbook over the person's file; fs.writeFile loops and reports EFBIG.
 */
export async function saveAtomically(file: string, bytes: Buffer, after = ''): Promise<void> {
  const target = path.resolve(file);
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const mode = existsSync(target) ? statSync(target).mode & 0o777 : 0o666;
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    if (isFsError(error)) throw new FileError(`Не удалось записать книгу ${file}: ${fsReason(error)}${after}.`);
    throw error;
  }
}

/**
 * Locks each workbook (a folder `ФАЙЛ.lock` next to it, kept fresh while the run lasts).
 * A lock held by another run is refused at once: waiting would only make the second run send
 * what the first one has just sent. Resolves to the function that releases them.
 */
export async function lockWorkbooks(files: readonly string[]): Promise<() => Promise<void>> {
  const unique = [...new Set(files.map((f) => path.resolve(f)))].sort();
  const releases: (() => Promise<void>)[] = [];
  const releaseAll = async () => {
    for (const release of releases.reverse()) await release().catch(() => undefined);
  };
  for (const file of unique) {
    try {
      releases.push(
        await lockfile.lock(file, {
          realpath: false,
          stale: 30_000,
          retries: 0,
          // The lock was taken over after 30 s without an update: the run goes on; its save is atomic.
          onCompromised: () => undefined,
        }),
      );
    } catch (error) {
      await releaseAll();
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED')
        throw new FileError(
          `Книгу ${file} сейчас обрабатывает другой запуск roadmap (блокировка ${file}.lock): дождитесь его окончания и запустите снова.`,
        );
      if (isFsError(error)) throw new FileError(`Не удалось заблокировать книгу ${file}: ${fsReason(error)}`);
      throw error;
    }
  }
  return releaseAll;
}

export interface StagedMail {
  /** Moves the staged files into the outbox under names no earlier run used; returns those names. */
  release(): string[];
  /** Deletes the staged files (the workbook could not be saved: nothing is sent). */
  discard(): void;
}

/** '20261203-141530' in UTC: the wall-clock time of the run, sortable. */
function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Writes every .eml into a hidden staging folder inside the outbox, so a full disk fails before
 * the log is saved. Release links each file to `<time>-<nnn>-<recipient>.eml`; a name already
 * taken (a reused folder) gets «-2», «-3»…: an outbox never loses an e-mail.
 */
export function stageMail(outbox: string, mails: readonly { to: string; eml: string }[], now: number): StagedMail {
  withFileErrors('Не удалось создать папку для писем', outbox, () => mkdirSync(outbox, { recursive: true }));
  const staging = withFileErrors('Не удалось записать письма в папку', outbox, () =>
    mkdtempSync(path.join(outbox, '.roadmap-staging-')),
  );
  const discard = () => rmSync(staging, { recursive: true, force: true });
  const staged: { file: string; name: string }[] = [];
  try {
    mails.forEach((mail, i) => {
      const name = `${stamp(now)}-${String(i + 1).padStart(3, '0')}-${mail.to.replace(/[^A-Za-z0-9@._-]/g, '_')}`;
      const file = path.join(staging, `${name}.eml`);
      withFileErrors('Не удалось записать письмо', file, () => writeFileSync(file, mail.eml), '; письма не отправлены');
      staged.push({ file, name });
    });
  } catch (error) {
    discard();
    throw error;
  }
  return {
    discard,
    release: () => {
      const names: string[] = [];
      for (const { file, name } of staged) {
        for (let n = 1; ; n++) {
          const target = path.join(outbox, `${name}${n === 1 ? '' : `-${n}`}.eml`);
          try {
            linkSync(file, target);
            names.push(path.basename(target));
            break;
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
            // The log already says these were sent: they stay where they are, for the person to move.
            throw new FileError(
              `Книга с журналом записана, но письма не удалось перенести в ${outbox} (${fsReason(error)}): они в папке ${staging}.`,
            );
          }
        }
      }
      discard();
      return names;
    },
  };
}
