// Erzeugt Austauschdateien mit Erstattungsansprüchen für Tests und den Benchmark: Monatszeiträume
// mit gleichbleibendem Monatssatz (wie bei einer stationären Leistung), deterministisch. Nach der
// Nummer i des Anspruchs (§ 111 SGB X je Leistungsfall): i % 3 = 0 Sozialhilfe (jeder Zeitraum für
// sich); sonst Eingliederungshilfe – i % 6 = 1 zwei Maßnahmen („Wohnen“, beendet mit ihrem letzten
// Zeitraum, dann „Arbeit“), i % 6 = 5 eine laufende Maßnahme, sonst Zeiträume ohne Maßnahme.
import { datum } from '@egh/recht';
import { anspruchSpalten } from './erstattung-spalten.ts';
import { betragText, deutschesDatum } from './zellen.ts';

export interface Testdatenoptionen {
  ansprueche: number;
  zeitraeumeJeAnspruch: number;
  verpflichteterId?: string;
  praefix?: string;
  /** Anteil der angemeldeten (und davon der bezifferten) Ansprüche. */
  angemeldet?: number;
  seed?: number;
}

function zufall(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const eingabespalten = anspruchSpalten.filter((s) => s.ebene !== 'ergebnis');
const monatssaetze = [312000, 345050, 389900, 402510, 455000, 498075, 512300, 561040, 602000, 640090];

const feld = (s: string) => (/[;"\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Die Zeilen (ohne Kopfzeile) als Zellwerte in der Reihenfolge der Eingabespalten. */
export function* testzeilen(o: Testdatenoptionen): Generator<string[]> {
  const z = zufall(o.seed ?? 2025);
  const praefix = o.praefix ?? 'IMP';
  for (let i = 0; i < o.ansprueche; i++) {
    const jahr = 2016 + Math.floor(z() * 8);
    const monat = 1 + Math.floor(z() * 12);
    const satz = monatssaetze[Math.floor(z() * monatssaetze.length)] as number;
    const beginn = datum.tagAus(jahr, monat, 1);
    const kenntnis = datum.isoDatum(datum.plusTage(beginn, 20 + Math.floor(z() * 300)));
    const anmeldung = z() < (o.angemeldet ?? 0.3) ? datum.isoDatum(datum.plusTage(beginn, 400 + Math.floor(z() * 200))) : '';
    const beziffert = anmeldung && z() < 0.5 ? datum.isoDatum(datum.plusTage(datum.datum(anmeldung), 30)) : '';
    const anspruch: Record<string, string> = {
      aktenzeichen: `${praefix}-${String(i + 1).padStart(6, '0')}`,
      anspruchsteller: '',
      verpflichteterId: o.verpflichteterId ?? 'bezirk-mittelfranken',
      verpflichteterExtern: '',
      landVerpflichteter: '',
      fall: '',
      leistungsbeginn: deutschesDatum(datum.isoDatum(beginn)),
      zahlenderTraeger: 'vorlaeufig98',
      artZahlender: 'egh',
      artVerpflichteter: 'egh',
      grundlage: '',
      weitereAngaben: i % 7 === 3 ? '{"auslagenCent":1200}' : '',
      kenntnisEntscheidung: deutschesDatum(kenntnis),
      eingangLeistungsantrag: '',
      zinsantrag: i % 5 === 0 ? 'ja' : 'nein',
      angemeldetAm: deutschesDatum(anmeldung),
      beziffertAm: deutschesDatum(beziffert),
      bemerkung: i % 11 === 0 ? 'Heimunterbringung; Rechnung liegt vor' : '',
      leistungsrecht: i % 3 === 0 ? 'sozialhilfe' : '',
    };
    const haelfte = Math.max(1, Math.ceil(o.zeitraeumeJeAnspruch / 2));
    const wohnenBis = (() => {
      const m0 = monat - 1 + haelfte - 1;
      const j = jahr + Math.floor(m0 / 12);
      const mo = (m0 % 12) + 1;
      return `${datum.tageImMonat(j, mo)}.${String(mo).padStart(2, '0')}.${j}`;
    })();
    for (let m = 0; m < o.zeitraeumeJeAnspruch; m++) {
      const m0 = monat - 1 + m;
      const j = jahr + Math.floor(m0 / 12);
      const mo = (m0 % 12) + 1;
      const zeitraum: Record<string, string> = {
        von: `01.${String(mo).padStart(2, '0')}.${j}`,
        bis: `${datum.tageImMonat(j, mo)}.${String(mo).padStart(2, '0')}.${j}`,
        betrag: betragText(satz),
        rechnung: `R-${j}-${String(mo).padStart(2, '0')}`,
        ...(i % 6 === 1
          ? m < haelfte
            ? { massnahme: 'Wohnen', massnahmeBeendet: wohnenBis }
            : { massnahme: 'Arbeit' }
          : i % 6 === 5
            ? { massnahme: 'Wohnen', massnahmeLaeuft: 'ja' }
            : {}),
      };
      yield eingabespalten.map((s) => anspruch[s.schluessel] ?? zeitraum[s.schluessel] ?? '');
    }
  }
}

/** Kopfzeile der Eingabespalten. */
export const testkopf = eingabespalten.map((s) => s.kopf);

/** Eine CSV-Datei (Semikolon, CRLF) als Text. */
export function testCsv(o: Testdatenoptionen): string {
  const teile = [testkopf.map(feld).join(';')];
  for (const z of testzeilen(o)) teile.push(z.map(feld).join(';'));
  return `${teile.join('\r\n')}\r\n`;
}
