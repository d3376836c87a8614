// Funktionslängen der Oberfläche (Issue 16): Median, p90 und Zahl der Funktionen über 100 und
// 200 Zeilen in packages/web/src (ohne Tests). Gezählt werden benannte Funktionen: Deklarationen,
// Methoden und Pfeil-/Funktionsausdrücke, die einer Variablen zugewiesen sind; anonyme Rückrufe
// zählen in der Funktion, in der sie stehen.
// Aufruf: node bench/web-funktionen.ts [--liste N]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Funktion {
  datei: string;
  name: string;
  zeilen: number;
}

function dateien(verzeichnis: string): string[] {
  return readdirSync(verzeichnis, { withFileTypes: true }).flatMap((e) => {
    const pfad = join(verzeichnis, e.name);
    if (e.isDirectory()) return dateien(pfad);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [pfad] : [];
  });
}

export function funktionenDerOberflaeche(wurzel: string): Funktion[] {
  const quelle = join(wurzel, 'packages/web/src');
  const ergebnis: Funktion[] = [];
  for (const pfad of dateien(quelle)) {
    const text = readFileSync(pfad, 'utf8');
    const datei = ts.createSourceFile(pfad, text, ts.ScriptTarget.Latest, true, pfad.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const zeilen = (k: ts.Node) =>
      datei.getLineAndCharacterOfPosition(k.getEnd()).line - datei.getLineAndCharacterOfPosition(k.getStart(datei)).line + 1;
    const besuche = (k: ts.Node): void => {
      let name: string | undefined;
      if ((ts.isFunctionDeclaration(k) || ts.isMethodDeclaration(k)) && k.body) name = k.name?.getText(datei) ?? '(default)';
      else if ((ts.isArrowFunction(k) || ts.isFunctionExpression(k)) && ts.isVariableDeclaration(k.parent))
        name = k.parent.name.getText(datei);
      if (name) ergebnis.push({ datei: relative(wurzel, pfad), name, zeilen: zeilen(k) });
      ts.forEachChild(k, besuche);
    };
    besuche(datei);
  }
  return ergebnis;
}

function quantil(sortiert: number[], q: number): number {
  return sortiert[Math.min(sortiert.length - 1, Math.ceil(q * sortiert.length) - 1)] ?? 0;
}

export function kennzahlen(funktionen: Funktion[]) {
  const laengen = funktionen.map((f) => f.zeilen).sort((a, b) => a - b);
  return {
    anzahl: laengen.length,
    median: quantil(laengen, 0.5),
    p90: quantil(laengen, 0.9),
    ueber100: laengen.filter((l) => l > 100).length,
    ueber200: laengen.filter((l) => l > 200).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const funktionen = funktionenDerOberflaeche(join(import.meta.dirname, '..'));
  console.log(kennzahlen(funktionen));
  const i = process.argv.indexOf('--liste');
  const n = i >= 0 ? Number(process.argv[i + 1] ?? 20) : 0;
  for (const f of [...funktionen].sort((a, b) => b.zeilen - a.zeilen).slice(0, n)) console.log(`${f.zeilen}\t${f.name}\t${f.datei}`);
}
