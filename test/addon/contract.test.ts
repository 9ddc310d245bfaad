/**
 * The sidebar contract (src/addon/api-types.ts) at run time: the server object implements exactly
 * its functions, and no helper of the add-in is named after one of them — a name means one thing:
 * the global, the API method that serves it, nothing else. (Compile-time half: contract.types.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api } from '../../src/addon/api';
import { SERVER_FUNCTIONS } from '../../src/addon/api-types';

const addon = join(__dirname, '../../src/addon');
/** Every .ts file under src/addon with the names it exports. */
function exportedNames(): { file: string; name: string }[] {
  const files = readdirSync(addon, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.flatMap((file) =>
    [...readFileSync(join(addon, file), 'utf8').matchAll(/^export (?:function|const|class|let) (\w+)/gm)].map((m) => ({
      file,
      name: m[1] ?? '',
    })),
  );
}

describe('the sidebar contract at run time', () => {
  it('is what the server object implements, no more, no less', () => {
    expect(Object.keys(api).sort()).toEqual([...SERVER_FUNCTIONS].sort());
  });

  it('names no helper: only index.ts (the globals) exports a contract name', () => {
    const clashes = exportedNames().filter(
      ({ file, name }) => file !== 'index.ts' && (SERVER_FUNCTIONS as readonly string[]).includes(name),
    );
    expect(clashes).toEqual([]);
    expect(exportedNames().filter(({ name }) => name === 'refreshSummaries')).toEqual([
      { file: 'index.ts', name: 'refreshSummaries' },
    ]);
  });
});
