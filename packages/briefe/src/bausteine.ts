// Bausteine des Brieftextes: Absatz, Zwischenüberschrift, Tabelle, die Begründung des
// Regelwerks (Norm fett, dann der Grund), Gruß und Anlagen.
import { fuerSachbearbeitung } from '@egh/recht';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { farben, mm } from './din5008.ts';
import type { Entscheidungsauszug } from './typen.ts';

export function absatz(...teile: (string | { text: string; bold?: boolean })[]): Content {
  return { text: teile, margin: [0, 0, 0, mm(3)] };
}

export function ueberschrift(t: string): Content {
  // headlineLevel: der Briefrahmen bricht vor einer Überschrift um, die sonst allein am Seitenende stünde.
  return { text: t, bold: true, margin: [0, mm(2), 0, mm(1.5)], headlineLevel: 1 };
}

export function aufzaehlung(punkte: string[]): Content {
  return { ul: punkte, margin: [mm(1), 0, 0, mm(3)] };
}

/** Zwei Spalten „Bezeichnung: Wert“ ohne Linien. */
export function angaben(zeilen: [string, string][]): Content {
  return {
    table: { widths: [mm(52), '*'], body: zeilen.map(([a, b]) => [{ text: a, color: farben.leitwort }, { text: b }]) },
    layout: 'noBorders',
    margin: [0, 0, 0, mm(3)],
  };
}

export interface Spalte {
  titel: string;
  breite: number | '*' | 'auto';
  rechts?: boolean;
}

/** Eine Tabelle mit Kopfzeile (wiederholt auf Folgeseiten), dünnen Linien und rechtsbündigen Beträgen. */
export function tabelle(
  spalten: Spalte[],
  zeilen: (string | { text: string; bold?: boolean })[][],
  fuss?: (string | { text: string; bold?: boolean })[],
): Content {
  const zelle = (x: string | { text: string; bold?: boolean }, i: number, kopf = false): TableCell => ({
    ...(typeof x === 'string' ? { text: x } : x),
    ...(spalten[i]?.rechts ? { alignment: 'right' as const } : {}),
    ...(kopf ? { bold: true, fontSize: 8.5, color: farben.leitwort } : {}),
  });
  const body: TableCell[][] = [spalten.map((s, i) => zelle(s.titel, i, true)), ...zeilen.map((z) => z.map((x, i) => zelle(x, i)))];
  if (fuss) body.push(fuss.map((x, i) => zelle(typeof x === 'string' ? { text: x, bold: true } : { ...x, bold: true }, i)));
  return {
    table: {
      headerRows: 1,
      widths: spalten.map((s) => (typeof s.breite === 'number' ? mm(s.breite) : s.breite)),
      body,
      dontBreakRows: true,
    },
    layout: {
      hLineWidth: (i, node) =>
        i === 0 || i === 1 || i === node.table.body.length || (fuss && i === node.table.body.length - 1) ? 0.5 : 0.2,
      vLineWidth: () => 0,
      hLineColor: () => farben.linie,
      paddingLeft: (i) => (i === 0 ? 0 : mm(1.5)),
      paddingRight: (i, node) => (i === (node.table.widths?.length ?? 1) - 1 ? 0 : mm(1.5)),
      paddingTop: () => mm(0.8),
      paddingBottom: () => mm(0.8),
    },
    fontSize: 9,
    margin: [0, 0, 0, mm(3)],
  };
}

/**
 * Die Begründung einer gespeicherten Entscheidung des Regelwerks: jeder Schritt mit seiner Norm.
 * Hinweise (offene Rechtsfragen) folgen kursiv. Gedruckt wird, was die Sachbearbeitung liest
 * (fuerSachbearbeitung): Sätze und öffentliche Fundstellen, nie Codes oder interne Belege.
 */
export function begruendung(titel: string, e: Entscheidungsauszug | null | undefined): Content[] {
  if (!e || e.begruendung.length === 0) return [];
  const t = fuerSachbearbeitung({ begruendung: e.begruendung, hinweise: e.hinweise ?? [] });
  const schritte = t.begruendung.map((s): Content => ({
    text: [{ text: s.norm, bold: true }, { text: ': ' }, { text: s.fundstelle ? `${s.text} (${s.fundstelle})` : s.text }],
    fontSize: 9,
    margin: [0, 0, 0, mm(1.5)],
  }));
  const [erster, ...weitere] = schritte;
  return [
    // Die Überschrift nie allein am Seitenende: sie steht mit dem ersten Schritt zusammen.
    { stack: [ueberschrift(titel), ...(erster ? [erster] : [])], unbreakable: true },
    ...weitere,
    ...t.hinweise.map((h): Content => ({
      text: h.text,
      italics: true,
      fontSize: 8.5,
      color: farben.leitwort,
      margin: [0, 0, 0, mm(1.5)],
    })),
    { text: '', margin: [0, 0, 0, mm(2)] },
  ];
}

export function anrede(): Content {
  return absatz('Sehr geehrte Damen und Herren,');
}

/** Gruß und Unterschriftsblock (im Auftrag, der bearbeitende Mensch). */
export function gruss(name: string | null | undefined): Content {
  return {
    stack: [{ text: 'Mit freundlichen Grüßen' }, { text: 'Im Auftrag', margin: [0, mm(9), 0, 0] }, { text: name ?? '' }],
    margin: [0, mm(3), 0, mm(4)],
    unbreakable: true,
  };
}

export function anlagen(liste: string[]): Content[] {
  if (liste.length === 0) return [];
  return [{ stack: [{ text: 'Anlagen', bold: true }, ...liste.map((a) => ({ text: a }))], margin: [0, mm(2), 0, 0], unbreakable: true }];
}

/** Ein hervorgehobener Hinweis in einem Kasten (z. B. Beispielbeträge der Demo). */
export function kasten(t: string): Content {
  return {
    table: { widths: ['*'], body: [[{ text: t, fontSize: 8.5, margin: [mm(1.5), mm(1), mm(1.5), mm(1)] }]] },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => farben.akzent, vLineColor: () => farben.akzent },
    margin: [0, 0, 0, mm(3)],
  };
}
