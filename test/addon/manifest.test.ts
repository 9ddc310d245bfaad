import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The executors' answers are opt-in: only the second manifest deploys a web app and asks for the broader scope. */
const read = (name: string) =>
  JSON.parse(readFileSync(path.join(__dirname, '../..', name), 'utf8')) as {
    oauthScopes: string[];
    webapp?: { access: string; executeAs: string };
  };

describe('the two manifests', () => {
  const usual = read('appsscript.json');
  const answers = read('appsscript.answers.json');
  const SHEETS = 'https://www.googleapis.com/auth/spreadsheets';

  it('keeps the usual add-in to the current spreadsheet, with no web app', () => {
    expect(usual.webapp).toBeUndefined();
    expect(usual.oauthScopes).not.toContain(SHEETS);
    expect(usual.oauthScopes).toContain(`${SHEETS}.currentonly`);
  });

  it('deploys the answers page as the coordinator for anyone with a link, opening the file by id', () => {
    expect(answers.webapp).toEqual({ access: 'ANYONE_ANONYMOUS', executeAs: 'USER_DEPLOYING' });
    expect(answers.oauthScopes).toContain(SHEETS);
    expect(answers.oauthScopes).not.toContain(`${SHEETS}.currentonly`);
    // Nothing else is broadened.
    const others = (scopes: string[]) => scopes.filter((s) => !s.startsWith(SHEETS)).sort();
    expect(others(answers.oauthScopes)).toEqual(others(usual.oauthScopes));
  });
});
