// Bausteine des Brieftextes: Absatz, Zwischenüberschrift, Tabelle, die Begründung des
// Regelwerks (Norm fett, dann der Grund), Gruß und Anlagen.
import { fuerSachbearbeitung } from '@egh/recht';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { farben, mm } from './din5008.ts';
import { aufgabenNamen } from './namen.ts';
import type { Rolle } from './pdf.ts';
import type { Briefkopf, Entscheidungsauszug } from './typen.ts';

// Jeder Baustein nennt seine Rolle im Strukturbaum des getaggten PDF (pdf.ts): P, H2, Table/TH/TD, L/LI.
const mitRolle = (x: object, rolle: Rolle): Content => ({ ...x, rolle }) as unknown as Content;

export function absatz(...teile: (string | { text: string; bold?: boolean })[]): Content {
  return mitRolle({ text: teile, margin: [0, 0, 0, mm(3)] }, 'P');
}

export function ueberschrift(t: string): Content {
  // headlineLevel: der Briefrahmen bricht vor einer Überschrift um, die sonst allein am Seitenende stünde.
  return mitRolle({ text: t, bold: true, margin: [0, mm(2), 0, mm(1.5)], headlineLevel: 1 }, 'H2');
}

export function aufzaehlung(punkte: string[]): Content {
  return mitRolle({ ul: punkte.map((p) => mitRolle({ text: p }, 'LI')), margin: [mm(1), 0, 0, mm(3)] }, 'L');
}

/** Zwei Spalten „Bezeichnung: Wert“ ohne Linien. */
export function angaben(zeilen: [string, string][]): Content {
  return mitRolle(
    {
      table: {
        widths: [mm(52), '*'],
        body: zeilen.map(([a, b], zeile) => [
          { text: a, color: farben.leitwort, rolle: 'TH', zeile },
          { text: b, rolle: 'TD', zeile },
        ]),
      },
      layout: 'noBorders',
      margin: [0, 0, 0, mm(3)],
    },
    'Table',
  );
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
  const zelle = (x: string | { text: string; bold?: boolean }, i: number, kopf = false): TableCell =>
    ({
      ...(typeof x === 'string' ? { text: x } : x),
      rolle: kopf ? 'TH' : 'TD',
      ...(spalten[i]?.rechts ? { alignment: 'right' as const } : {}),
      ...(kopf ? { bold: true, fontSize: 8.5, color: farben.leitwort } : {}),
    }) as TableCell;
  const body: TableCell[][] = [spalten.map((s, i) => zelle(s.titel, i, true)), ...zeilen.map((z) => z.map((x, i) => zelle(x, i)))];
  if (fuss) body.push(fuss.map((x, i) => zelle(typeof x === 'string' ? { text: x, bold: true } : { ...x, bold: true }, i)));
  // Die Zellen einer Zeile bilden ein TR (pdf.ts).
  body.forEach((z, zeile) => z.forEach((c) => Object.assign(c as object, { zeile })));
  const inhalt: Content = {
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
  return mitRolle(inhalt, 'Table');
}

/**
 * Ersetzt Schlüssel im Text einer Begründung durch Namen: „12070“ → „Landkreis Prignitz“,
 * „gesamtplanung“ → „Gesamtplanung (§ 117 SGB IX)“ – in Anführungszeichen und als eigenes Wort.
 */
export function mitNamen(namen: Record<string, string>): (t: string) => string {
  const alle: Record<string, string> = { ...aufgabenNamen(), ...namen };
  const schluessel = Object.keys(alle).sort((a, b) => b.length - a.length);
  if (schluessel.length === 0) return (t) => t;
  const muster = new RegExp(
    `(?<![\\p{L}\\p{N}])(${schluessel.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return (t) => t.replace(muster, (k) => alle[k] ?? k);
}

/**
 * Die Begründung einer gespeicherten Entscheidung des Regelwerks: jeder Schritt mit seiner Norm.
 * Hinweise (offene Rechtsfragen) folgen kursiv. Gedruckt wird, was die Sachbearbeitung liest
 * (fuerSachbearbeitung): Sätze und öffentliche Fundstellen, nie Codes oder interne Belege.
 */
export function begruendung(titel: string, e: Entscheidungsauszug | null | undefined): Content[] {
  if (!e || e.begruendung.length === 0) return [];
  const n = mitNamen(e.namen ?? {});
  const t = fuerSachbearbeitung({ begruendung: e.begruendung, hinweise: e.hinweise ?? [] });
  const schritte = t.begruendung.map((s): Content =>
    mitRolle(
      {
        text: [{ text: s.norm, bold: true }, { text: ': ' }, { text: n(s.fundstelle ? `${s.text} (${s.fundstelle})` : s.text) }],
        fontSize: 9,
        margin: [0, 0, 0, mm(1.5)],
      },
      'P',
    ),
  );
  const [erster, ...weitere] = schritte;
  return [
    // Die Überschrift nie allein am Seitenende: sie steht mit dem ersten Schritt zusammen.
    { stack: [ueberschrift(titel), ...(erster ? [erster] : [])], unbreakable: true },
    ...weitere,
    ...t.hinweise.map((h): Content =>
      mitRolle({ text: n(h.text), italics: true, fontSize: 8.5, color: farben.leitwort, margin: [0, 0, 0, mm(1.5)] }, 'P'),
    ),
    { text: '', margin: [0, 0, 0, mm(2)] },
  ];
}

export function anrede(): Content {
  return absatz('Sehr geehrte Damen und Herren,');
}

/** Der Hinweis, wenn der Träger Briefe ohne Unterschrift versendet (§ 33 Abs. 5 SGB X). */
export const ohneUnterschriftText = 'Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.';

/**
 * Gruß und Unterschriftsblock: „Im Auftrag“, darunter Raum für die Unterschrift (drei Leerzeilen)
 * und der Name des bearbeitenden Menschen – oder, wenn der Träger das so bestimmt, der Hinweis, dass
 * das Schreiben maschinell erstellt und ohne Unterschrift gültig ist. Der Block bricht nicht um und
 * bleibt mit dem Absatz davor zusammen (Briefrahmen).
 */
export function gruss(name: string | null | undefined, ohneUnterschrift = false): Content {
  const unterschrift = ohneUnterschrift
    ? [
        { text: 'Im Auftrag', margin: [0, mm(4.5), 0, 0] },
        { text: name ?? '' },
        { text: ohneUnterschriftText, fontSize: 8.5, margin: [0, mm(3), 0, 0] },
      ]
    : [
        { text: 'Im Auftrag', margin: [0, mm(4.5), 0, 0] },
        { text: name ?? '', margin: [0, mm(15), 0, 0] },
      ];
  return {
    stack: [{ text: 'Mit freundlichen Grüßen' }, ...unterschrift],
    margin: [0, mm(3), 0, mm(4)],
    unbreakable: true,
    schluss: true,
  } as Content;
}

/** Der Schluss jedes Briefs: der freie Absatz der Sachbearbeitung (wenn es ihn gibt), Gruß und Unterschrift. */
export function schluss(kopf: Briefkopf): Content[] {
  return [...freitext(kopf.freitext), gruss(kopf.ansprechpartner, kopf.ohneUnterschrift === true)];
}

/** Ein frei formulierter Absatz der Sachbearbeitung (leer: nichts). */
export function freitext(t: string | null | undefined): Content[] {
  const absaetze = (t ?? '')
    .split(/\n\s*\n/)
    .map((x) => x.trim())
    .filter(Boolean);
  return absaetze.map((x) => absatz(x));
}

export function anlagen(liste: string[]): Content[] {
  if (liste.length === 0) return [];
  return [
    mitRolle(
      {
        stack: [{ text: 'Anlagen', bold: true, rolle: 'H2' }, ...liste.map((a) => ({ text: a }))],
        margin: [0, mm(2), 0, 0],
        unbreakable: true,
      },
      'Div',
    ),
  ];
}

/** Ein hervorgehobener Hinweis in einem Kasten (z. B. Beispielbeträge der Demo). */
export function kasten(t: string): Content {
  return mitRolle(
    {
      table: { widths: ['*'], body: [[{ text: t, fontSize: 8.5, margin: [mm(1.5), mm(1), mm(1.5), mm(1)] }]] },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, hLineColor: () => farben.akzent, vLineColor: () => farben.akzent },
      margin: [0, 0, 0, mm(3)],
    },
    'Div',
  );
}
