// Jeder Text der Oberfläche ohne interne Verweise: JSX-Text und jede satzartige Zeichenkette in
// packages/web/src (Beschriftungen, Hinweise, Meldungen) wird mit interneMarker() geprüft –
// keine Dateinamen, OQ-/SEED-Nummern, Entwurfsmarken, Feldnamen, Codes oder nackten Schlüssel.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { interneMarker } from '@egh/recht';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const wurzel = import.meta.dirname;

function dateien(verzeichnis: string): string[] {
  return readdirSync(verzeichnis, { withFileTypes: true }).flatMap((e) => {
    const pfad = join(verzeichnis, e.name);
    if (e.isDirectory()) return dateien(pfad);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [pfad] : [];
  });
}

/** Ein Satz für Menschen: mindestens zwei Wörter, eines davon klein geschrieben (kein Code, keine Klasse). */
const satzartig = (t: string) => /[A-Za-zÄÖÜäöüß]{2,}[ ,:]+[a-zäöüß]{2,}/.test(t) && !/^[a-z-]+( [a-z-]+)*$/.test(t.trim());
/** Attribute, deren Wert kein Text für Menschen ist. */
const technischeAttribute = new Set([
  'className',
  'id',
  'to',
  'href',
  'type',
  'role',
  'pfad',
  'name',
  'autoComplete',
  'inputMode',
  'key',
  'preserveAspectRatio',
  'viewBox',
  'd',
]);

function texte(datei: string): string[] {
  const quelle = ts.createSourceFile(
    datei,
    readFileSync(datei, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    datei.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const gefunden: string[] = [];
  const besuche = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return;
    if (ts.isJsxAttribute(n) && technischeAttribute.has(n.name.getText())) return;
    if (ts.isJsxText(n)) {
      const t = n.getText().replace(/\s+/g, ' ').trim();
      if (t) gefunden.push(t);
    } else if (
      ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      ts.isTemplateHead(n) ||
      ts.isTemplateMiddle(n) ||
      ts.isTemplateTail(n)
    ) {
      const t = n.text;
      if (satzartig(t)) gefunden.push(t);
    }
    ts.forEachChild(n, besuche);
  };
  besuche(quelle);
  return gefunden;
}

describe('Texte der Oberfläche ohne interne Verweise', () => {
  const alle = dateien(wurzel);
  it('findet Texte in allen Dateien der Oberfläche', () => {
    expect(alle.length).toBeGreaterThan(20);
    expect(alle.flatMap(texte).length).toBeGreaterThan(500);
  });
  it.each(alle.map((d) => [relative(wurzel, d), d]))('%s', (_name, datei) => {
    const funde = texte(datei).flatMap((t) => interneMarker(t).map((m) => `${m} in „${t}“`));
    expect(funde).toEqual([]);
  });
});
