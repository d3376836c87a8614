// `egh pruefe DATEI|-`: eine Prüfung offline mit dem Regelwerk (pruefungen.md).
import { readFile } from 'node:fs/promises';
import { type Problem, artenNamen, istProblem, pruefe, pruefungsarten } from '@egh/recht';

export const exitCodes = {
  ok: 0,
  intern: 1,
  ungueltigeEingabe: 2,
  dateiFehler: 3,
} as const;

export interface Ausgabe {
  stdin: NodeJS.ReadableStream;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

async function liesAlles(strom: NodeJS.ReadableStream): Promise<string> {
  const teile: Buffer[] = [];
  for await (const teil of strom) teile.push(typeof teil === 'string' ? Buffer.from(teil) : teil);
  return Buffer.concat(teile).toString('utf8');
}

function jsonProblem(meldung: string): Problem {
  return { type: 'urn:egh:problem:eingabe', title: 'Ungültige Eingabe', status: 400, fehler: [{ pfad: '', meldung }] };
}

export async function pruefeBefehl(quelle: string, io: Ausgabe): Promise<number> {
  let text: string;
  try {
    text = quelle === '-' ? await liesAlles(io.stdin) : await readFile(quelle, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(
      `egh pruefe: Datei „${quelle}“ ${code === 'ENOENT' ? 'nicht gefunden' : code === 'EISDIR' ? 'ist ein Verzeichnis' : 'nicht lesbar'}.\n`,
    );
    return exitCodes.dateiFehler;
  }
  let eingabe: unknown;
  try {
    eingabe = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    io.stdout(`${JSON.stringify(jsonProblem(`Kein gültiges JSON: ${(e as Error).message}`), null, 2)}\n`);
    return exitCodes.ungueltigeEingabe;
  }
  const r = pruefe(eingabe);
  io.stdout(`${JSON.stringify(r, null, 2)}\n`);
  if (!istProblem(r)) return exitCodes.ok;
  return r.status === 400 ? exitCodes.ungueltigeEingabe : exitCodes.intern;
}

/** Die Arten mit Titel und einem Beispiel, für `egh pruefe --help`. */
export function artenHilfe(): string {
  const zeilen = ['', 'Prüfungsarten (Feld „art“), je mit einem Beispiel:', ''];
  for (const art of artenNamen) {
    const p = pruefungsarten[art];
    zeilen.push(`  ${art} – ${p.titel} (${p.normen})`);
    zeilen.push(`    ${JSON.stringify(p.beispiel)}`);
    zeilen.push('');
  }
  zeilen.push(
    'Beispiel:',
    `  echo '${JSON.stringify(pruefungsarten.frist.beispiel)}' | npx egh pruefe -`,
    '',
    'Exit-Codes: 0 Ergebnis, 2 ungültige Eingabe (Problem-JSON auf stdout),',
    '            3 Datei nicht lesbar, 1 interner Fehler.',
    'Daten als JJJJ-MM-TT, Beträge in ganzen Cent.',
  );
  return zeilen.join('\n');
}
