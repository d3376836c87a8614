// Prüft eine XRechnung (UBL) mit den amtlichen Artefakten, wie sie das Rechnungseingangsportal
// des Empfängers anwendet (KoSIT-Validator, in dieser Reihenfolge): das UBL-2.1-Schema (XSD), die
// Geschäftsregeln der EN 16931 (CEN-Schematron, BR-*) und die nationalen Regeln der XRechnung
// (KoSIT-Schematron, BR-DE-*). Nur mit npm-Paketen: xmllint-wasm für das XSD, saxon-js für die
// Schematron-XSLT. Die XSLT übersetzt xslt3 einmal in eine SaxonJS-Exportdatei (SEF); die liegt
// unter node_modules/.cache/egh-xrechnung, benannt nach der Prüfsumme der Quelle, und wird
// wiederverwendet, bis sich die Quelle oder SaxonJS ändert.
//
// Die Artefakte liegen nicht im Repository, sondern in ../shared/validierung/xrechnung neben dem
// Klon (so legt sie auch die CI an); EGH_SHARED nennt ein anderes shared-Verzeichnis.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import SaxonJS from 'saxon-js';
import { pruefeIban } from '@egh/recht';
import { validateXML } from 'xmllint-wasm';

const repo = join(import.meta.dirname, '../../../..');
const require = createRequire(import.meta.url);

/** Das Verzeichnis der amtlichen Artefakte (../shared/validierung/xrechnung neben dem Klon). */
export function artefaktVerzeichnis(): string {
  const shared = process.env.EGH_SHARED ?? join(repo, '../shared');
  const verzeichnis = join(shared, 'validierung/xrechnung');
  if (!existsSync(join(verzeichnis, 'EN16931-UBL-validation.xslt')))
    throw new Error(
      `Die amtlichen Prüfartefakte der XRechnung fehlen in ${verzeichnis} (erwartet: shared/ neben dem Klon oder EGH_SHARED=<Pfad zu shared>).`,
    );
  return verzeichnis;
}

export type Schwere = 'fatal' | 'error' | 'warning' | 'information';

export interface Regelverstoss {
  /** Regel, z. B. BR-CO-26 oder BR-DE-14; beim Schema „XSD“. */
  regel: string;
  schwere: Schwere;
  /** Woher: UBL-XSD, EN 16931 (CEN) oder XRechnung (KoSIT). */
  quelle: 'UBL 2.1 XSD' | 'EN 16931' | 'XRechnung';
  meldung: string;
  ort?: string;
}

export interface Pruefergebnis {
  /** Gültig: Schema bestanden und kein Verstoß der Schwere fatal oder error. */
  gueltig: boolean;
  fehler: Regelverstoss[];
  warnungen: Regelverstoss[];
}

/** Ein Schematron als SaxonJS-Export, übersetzt beim ersten Aufruf, danach aus dem Zwischenspeicher. */
function sefDatei(xslt: string): string {
  const quelle = readFileSync(xslt);
  const saxonVersion = (require('saxon-js/package.json') as { version: string }).version;
  const summe = createHash('sha256').update(quelle).update(saxonVersion).digest('hex').slice(0, 16);
  const cache = join(repo, 'node_modules/.cache/egh-xrechnung');
  const ziel = join(cache, `${basename(xslt).replace(/\.xslt?$/, '')}-${summe}.sef.json`);
  if (existsSync(ziel)) return ziel;
  mkdirSync(cache, { recursive: true });
  // Übersetzt schon eine andere Testdatei (Sperrverzeichnis), wartet diese, statt dieselbe halbe
  // Minute Rechenzeit noch einmal auszugeben; eine Sperre älter als fünf Minuten gilt als verwaist.
  const sperre = `${ziel}.sperre`;
  const beginn = Date.now();
  for (;;) {
    try {
      mkdirSync(sperre);
      break;
    } catch {
      if (existsSync(ziel)) return ziel;
      if (Date.now() - beginn > 300_000) break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    // Eigener Name je Prozess, dann umbenennen: niemand liest eine halb geschriebene Datei.
    const zwischen = `${ziel}.${process.pid}.tmp`;
    execFileSync(process.execPath, [require.resolve('xslt3/xslt3.js'), `-xsl:${xslt}`, `-export:${zwischen}`, '-nogo'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    renameSync(zwischen, ziel);
  } finally {
    rmSync(sperre, { recursive: true, force: true });
  }
  return ziel;
}

const stylesheets = new Map<string, unknown>();
function stylesheet(xslt: string): unknown {
  let s = stylesheets.get(xslt);
  if (!s) {
    s = JSON.parse(readFileSync(sefDatei(xslt), 'utf8'));
    stylesheets.set(xslt, s);
  }
  return s;
}

/** Übersetzt beide Schematron-XSLT vorab (bis zu einer Minute beim ersten Lauf eines Klons). */
export function bereiteXRechnungPruefungVor(): void {
  const v = artefaktVerzeichnis();
  stylesheet(join(v, 'EN16931-UBL-validation.xslt'));
  stylesheet(join(v, 'XRechnung-UBL-validation.xsl'));
}

const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };
const entschluessle = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (e) => entities[e] ?? e);
const attribut = (kopf: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(kopf)?.[1];

/** Die fehlgeschlagenen Zusicherungen (und Meldungen) eines SVRL-Berichts. */
export function svrlVerstoesse(svrl: string, quelle: Regelverstoss['quelle']): Regelverstoss[] {
  const muster = /<svrl:(failed-assert|successful-report)\b([^>]*)>([\s\S]*?)<\/svrl:\1>/g;
  return [...svrl.matchAll(muster)].map(([, , kopf = '', inhalt = '']) => {
    const text = /<svrl:text[^>]*>([\s\S]*?)<\/svrl:text>/.exec(inhalt)?.[1] ?? '';
    const flag = (attribut(kopf, 'flag') ?? 'error') as Schwere;
    const ort = attribut(kopf, 'location');
    return {
      regel: attribut(kopf, 'id') ?? '(ohne Kennung)',
      schwere: flag,
      quelle,
      meldung: entschluessle(text.replace(/\s+/g, ' ').trim()),
      ...(ort ? { ort: entschluessle(ort) } : {}),
    };
  });
}

function schematron(xml: string, xslt: string, quelle: Regelverstoss['quelle']): Regelverstoss[] {
  const ergebnis = SaxonJS.transform({ stylesheetInternal: stylesheet(xslt), sourceText: xml, destination: 'serialized' }) as {
    principalResult: string;
  };
  return svrlVerstoesse(ergebnis.principalResult, quelle);
}

async function schema(xml: string, verzeichnis: string): Promise<Regelverstoss[]> {
  const ubl = join(verzeichnis, 'ubl21');
  const datei = (pfad: string) => ({ fileName: pfad, contents: readFileSync(join(ubl, pfad), 'utf8') });
  const common = readdirSync(join(ubl, 'common')).map((d) => datei(`common/${d}`));
  const r = await validateXML({
    xml: [{ fileName: 'rechnung.xml', contents: xml }],
    schema: [datei('maindoc/UBL-Invoice-2.1.xsd')],
    preload: common,
  });
  return r.errors.map((e) => ({ regel: 'XSD', schwere: 'fatal' as const, quelle: 'UBL 2.1 XSD' as const, meldung: e.message }));
}

/**
 * BR-DE-19 (Warnung) rechnet die IBAN als xs:integer modulo 97. SaxonJS hält xs:integer als
 * Gleitkommazahl, die 24 Stellen einer deutschen IBAN verlieren dabei ihre letzten Ziffern: die
 * Regel schlägt bei jeder IBAN an (DE89370400440532013000 ergibt 65 statt 1), Saxon-HE (Java) rechnet
 * genau und meldet nichts. Die Warnung zählt daher nur, wenn die IBAN auch genau gerechnet falsch ist.
 */
function ohneRundungsfehler(xml: string, vs: Regelverstoss[]): Regelverstoss[] {
  const ibans = [...xml.matchAll(/<cac:PayeeFinancialAccount>\s*<cbc:ID>([^<]*)<\/cbc:ID>/g)].map((m) => m[1] ?? '');
  const alleGueltig = ibans.length > 0 && ibans.every(pruefeIban);
  return vs.filter((v) => !(v.regel === 'BR-DE-19' && alleGueltig));
}

/** Prüft eine XRechnung mit XSD, CEN- und KoSIT-Schematron; nennt jeden Verstoß mit Regel und Meldung. */
export async function pruefeXRechnung(xml: string): Promise<Pruefergebnis> {
  const v = artefaktVerzeichnis();
  const alle = [
    ...(await schema(xml, v)),
    ...schematron(xml, join(v, 'EN16931-UBL-validation.xslt'), 'EN 16931'),
    ...ohneRundungsfehler(xml, schematron(xml, join(v, 'XRechnung-UBL-validation.xsl'), 'XRechnung')),
  ];
  const fehler = alle.filter((a) => a.schwere === 'fatal' || a.schwere === 'error');
  return { gueltig: fehler.length === 0, fehler, warnungen: alle.filter((a) => !fehler.includes(a)) };
}

/** Eine Zeile je Verstoß, für Fehlermeldungen von Tests: „[EN 16931] BR-CO-26 (fatal): …“. */
export function verstoesseAlsText(vs: Regelverstoss[]): string {
  return vs.map((v) => `[${v.quelle}] ${v.regel} (${v.schwere}): ${v.meldung}${v.ort ? ` – ${v.ort}` : ''}`).join('\n');
}
