// Betriebsbefehle für Austausch und Sicherung: import, export, fristen, backup, restore. Sie
// sprechen direkt mit der Datenbank (PGlite-Verzeichnis EGH_DATA_DIR bzw. ./data oder --daten,
// oder DATABASE_URL). Auf einem Terminal zeigen lange Arbeiten einen Fortschrittsbalken
// (stderr); --json gibt maschinenlesbares JSON auf stdout.
import { access, readFile } from 'node:fs/promises';
import { constants, createWriteStream, existsSync, readdirSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { datum } from '@egh/recht';
import {
  Betriebsfehler,
  type Datenbank,
  type FaelligeFrist,
  Sicherungsfehler,
  type Zeilenfehler,
  betriebskontext,
  bereiteDatenbankVor,
  exportiereAnsprueche,
  exportiereFaelle,
  faelligeFristen,
  importiereAnsprueche,
  importiereFaelle,
  oeffneDatenbank,
  optionenAusUmgebung,
  sichere,
  stelleWiederHer,
} from '@egh/server';
import cliProgress from 'cli-progress';
import { betriebsExitCodes } from './exit-codes.ts';
import type { Ausgabe } from './pruefe-befehl.ts';

const E = betriebsExitCodes;

interface Datenbankwahl {
  daten?: string;
}

function verbindung(o: Datenbankwahl) {
  const u = optionenAusUmgebung();
  return { ...u, ...(o.daten ? { datenVerzeichnis: o.daten } : {}) };
}

function beschreibeDatenbank(o: Datenbankwahl): string {
  const v = verbindung(o);
  return v.url ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${v.datenVerzeichnis}`;
}

/** Fortschrittsbalken nur auf einem Terminal und nicht bei --json. */
function balken(json: boolean | undefined, titel: string): { setze(n: number, gesamt?: number): void; ende(): void } {
  if (json || !process.stdout.isTTY) return { setze: () => undefined, ende: () => undefined };
  const b = new cliProgress.SingleBar(
    {
      format: `${titel.padEnd(22)} [{bar}] {percentage} % | {value}/{total} | noch {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let gestartet = false;
  return {
    setze(n, gesamt) {
      if (!gestartet) {
        b.start(gesamt ?? n, n);
        gestartet = true;
      } else {
        if (gesamt !== undefined) b.setTotal(gesamt);
        b.update(n);
      }
    },
    ende() {
      if (gestartet) b.stop();
    },
  };
}

async function mitDatenbank<T>(oeffne: () => Promise<Datenbank>, fn: (d: Datenbank) => Promise<T>): Promise<T> {
  const d = await oeffne();
  try {
    return await fn(d);
  } finally {
    await d.schliessen();
  }
}

const vorbereitet = (o: Datenbankwahl) => async () => (await bereiteDatenbankVor({ ...verbindung(o), demo: false })).datenbank;
const nurMigriert = (o: Datenbankwahl) => () => {
  const v = verbindung(o);
  return oeffneDatenbank(v.url ? { url: v.url } : { verzeichnis: v.datenVerzeichnis ?? './data' });
};

function fehlerText(f: Zeilenfehler): string {
  return `Zeile ${f.zeile}${f.spalte ? `, Spalte „${f.spalte}“` : ''}: ${f.meldung}`;
}

const zahl = (n: number) => n.toLocaleString('de-DE');

/** Bekannte Fehler → Meldung und Exit-Code; alles andere ist intern. */
function behandle(befehl: string, e: unknown, io: Ausgabe): number {
  const m = e instanceof Error ? e.message : String(e);
  if (e instanceof Betriebsfehler) {
    io.stderr(`egh ${befehl}: ${m}\n`);
    return E.bedienfehler;
  }
  if (e instanceof Sicherungsfehler) {
    io.stderr(`egh ${befehl}: ${m}\n`);
    return E.wiederherstellungVerweigert;
  }
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR') {
    io.stderr(`egh ${befehl}: Datei nicht lesbar oder nicht schreibbar: ${m}\n`);
    return E.dateiFehler;
  }
  io.stderr(`egh ${befehl}: interner Fehler: ${m}\n`);
  return E.intern;
}

// ---------------------------------------------------------------------------------------------
// egh import

export interface ImportOptionen extends Datenbankwahl {
  traeger: string;
  art: string;
  verarbeitung: string;
  benutzer?: string;
  stichtag?: string;
  json?: boolean;
}

export async function importBefehl(datei: string, o: ImportOptionen, io: Ausgabe): Promise<number> {
  if (!['erstattungsansprueche', 'faelle'].includes(o.art)) {
    io.stderr(`egh import: --art „${o.art}“ ist unbekannt; erlaubt: erstattungsansprueche, faelle.\n`);
    return E.bedienfehler;
  }
  if (!['automatisch', 'einzeln', 'masse'].includes(o.verarbeitung)) {
    io.stderr(`egh import: --verarbeitung „${o.verarbeitung}“ ist unbekannt; erlaubt: automatisch, einzeln, masse.\n`);
    return E.bedienfehler;
  }
  const stichtag = o.stichtag ? liesTag(o.stichtag) : undefined;
  if (o.stichtag && !stichtag) {
    io.stderr(`egh import: --stichtag „${o.stichtag}“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).\n`);
    return E.bedienfehler;
  }
  let daten: Buffer;
  try {
    daten = await readFile(datei);
  } catch (e) {
    return behandle('import', e, io);
  }
  const lesen = balken(o.json, 'Lesen und prüfen');
  const speichern = balken(o.json, 'Speichern');
  let zeilenGesamt = 0;
  if (daten[0] !== 0x50) for (let i = daten.indexOf(10); i >= 0; i = daten.indexOf(10, i + 1)) zeilenGesamt++;
  try {
    const bericht = await mitDatenbank(vorbereitet(o), async (d) => {
      const { kontext, mandant } = await betriebskontext(d, o.traeger, o.benutzer);
      if (o.art === 'faelle')
        return importiereFaelle(d, kontext, mandant, daten, {
          ...(stichtag ? { stichtag } : {}),
          fortschritt: (n, g) => speichern.setze(n, g),
        });
      return importiereAnsprueche(d, kontext, mandant, daten, {
        ...(stichtag ? { stichtag } : {}),
        verarbeitung: o.verarbeitung as 'automatisch' | 'einzeln' | 'masse',
        fortschritt: (phase, n, g) =>
          phase === 'lesen' ? lesen.setze(n, Math.max(n, zeilenGesamt)) : (lesen.ende(), speichern.setze(n, g)),
      });
    });
    lesen.ende();
    speichern.ende();
    if (o.json) io.stdout(`${JSON.stringify(bericht, null, 2)}\n`);
    else if (bericht.ok) {
      const was =
        'ansprueche' in bericht
          ? `${zahl(bericht.ansprueche)} Erstattungsansprüche mit ${zahl(bericht.zeitraeume)} Leistungszeiträumen (${bericht.verarbeitung === 'masse' ? 'Massenpfad' : 'einzeln über den Anwendungsfall'})`
          : `${zahl(bericht.faelle)} Fälle`;
      io.stdout(`Importiert: ${was} aus ${zahl(bericht.zeilen)} Zeilen (${bericht.format.toUpperCase()}) für Träger ${o.traeger}.\n`);
    } else {
      io.stdout(
        `Import abgelehnt: ${zahl(bericht.fehlerAnzahl)} ${bericht.fehlerAnzahl === 1 ? 'Fehler' : 'Fehler'} in ${datei}; nichts wurde gespeichert (alles oder nichts).\n`,
      );
      for (const f of bericht.fehler.slice(0, 50)) io.stdout(`  ${fehlerText(f)}\n`);
      if (bericht.fehlerAnzahl > 50) io.stdout(`  … und ${zahl(bericht.fehlerAnzahl - 50)} weitere (alle mit --json).\n`);
    }
    return bericht.ok ? E.ok : E.abgelehnt;
  } catch (e) {
    lesen.ende();
    speichern.ende();
    return behandle('import', e, io);
  }
}

// ---------------------------------------------------------------------------------------------
// egh export

export interface ExportOptionen extends Datenbankwahl {
  format?: string;
  traeger?: string;
  art: string;
  richtung?: string;
  status?: string;
  suche?: string;
  sortierung?: string;
  json?: boolean;
}

export async function exportBefehl(datei: string, o: ExportOptionen, io: Ausgabe): Promise<number> {
  const format = o.format ?? (datei.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
  const pruefe = (name: string, wert: string | undefined, erlaubt: string[]) =>
    wert === undefined || erlaubt.includes(wert) ? undefined : `--${name} „${wert}“ ist unbekannt; erlaubt: ${erlaubt.join(', ')}.`;
  const fehler =
    pruefe('format', format, ['csv', 'xlsx']) ??
    pruefe('art', o.art, ['erstattungsansprueche', 'faelle']) ??
    pruefe('richtung', o.richtung, ['ausgehend', 'eingehend']) ??
    pruefe('status', o.status, [
      'Entwurf',
      'Angemeldet',
      'Beziffert',
      'Anerkannt',
      'TeilweiseAnerkannt',
      'Abgelehnt',
      'Klage',
      'Bezahlt',
      'Erledigt',
    ]) ??
    pruefe('sortierung', o.sortierung, ['aktenzeichen', '-aktenzeichen', 'forderung', '-forderung', 'geaendert', '-geaendert', 'status']) ??
    (o.richtung && !o.traeger ? '--richtung braucht --traeger (ausgehend/eingehend aus Sicht eines Trägers).' : undefined) ??
    (o.art === 'faelle' && !o.traeger ? 'Fälle werden je Träger exportiert: --traeger angeben.' : undefined);
  if (fehler) {
    io.stderr(`egh export: ${fehler}\n`);
    return E.bedienfehler;
  }
  const fortschritt = balken(o.json, 'Exportieren');
  try {
    const anzahl = await mitDatenbank(vorbereitet(o), async (d) => {
      const ziel = createWriteStream(datei);
      const offen = new Promise<void>((ok, nein) => {
        ziel.once('open', () => ok());
        ziel.once('error', nein);
      });
      await offen;
      const fertig = finished(ziel);
      const f = format as 'csv' | 'xlsx';
      let n: number;
      if (o.traeger) {
        const { kontext, mandant } = await betriebskontext(d, o.traeger);
        n =
          o.art === 'faelle'
            ? await exportiereFaelle(d, kontext, mandant, { ...(o.suche ? { suche: o.suche } : {}) }, f, ziel)
            : await exportiereAnsprueche(d, kontext, mandant, filterAus(o), f, ziel, (x, g) => fortschritt.setze(x, g));
      } else {
        // Ohne Träger: das ganze Erstattungsbuch der Plattform (Betrieb), als Eigentümer gelesen.
        const k = {
          benutzerId: '00000000-0000-0000-0000-000000000000',
          benutzername: 'egh (Kommandozeile)',
          name: 'Kommandozeile egh',
          traegerId: null,
          traegerName: null,
          traegerKurzname: null,
          rollen: ['plattformbetrieb' as const],
          csrfToken: '',
        };
        n = await exportiereAnsprueche(d, k, null, filterAus(o), f, ziel, (x, g) => fortschritt.setze(x, g));
      }
      await fertig;
      return n;
    });
    fortschritt.ende();
    if (o.json) io.stdout(`${JSON.stringify({ datei, format, art: o.art, anzahl })}\n`);
    else
      io.stdout(
        `Exportiert: ${zahl(anzahl)} ${o.art === 'faelle' ? 'Fälle' : 'Erstattungsansprüche'} nach ${datei} (${format.toUpperCase()}).\n`,
      );
    return E.ok;
  } catch (e) {
    fortschritt.ende();
    return behandle('export', e, io);
  }
}

function filterAus(o: ExportOptionen) {
  return {
    ...(o.richtung ? { richtung: o.richtung as 'ausgehend' | 'eingehend' } : {}),
    ...(o.status ? { status: o.status as 'Entwurf' } : {}),
    ...(o.suche ? { suche: o.suche } : {}),
    ...(o.sortierung ? { sortierung: o.sortierung as 'aktenzeichen' } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// egh fristen

/** „heute“ im Kalender der Verwaltung (Europe/Berlin). */
function heute(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** TT.MM.JJJJ, JJJJ-MM-TT, „heute“ oder „+N“ (N Tage ab heute). */
export function liesTag(s: string): string | undefined {
  const t = s.trim();
  if (t === 'heute') return heute();
  const plus = /^\+(\d{1,4})$/.exec(t);
  if (plus) return datum.isoDatum(datum.plusTage(datum.datum(heute()), Number(plus[1])));
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  const iso = de ? `${de[3]}-${(de[2] ?? '').padStart(2, '0')}-${(de[1] ?? '').padStart(2, '0')}` : t;
  return datum.parseDatum(iso) === undefined ? undefined : iso;
}

const deutsch = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const euro = (c: number | null) =>
  c === null ? '' : `${Math.floor(c / 100).toLocaleString('de-DE')},${String(c % 100).padStart(2, '0')} €`;

export interface FristenOptionen extends Datenbankwahl {
  faelligBis: string;
  traeger?: string;
  json?: boolean;
}

function tabelle(fristen: FaelligeFrist[], stichtag: string, breite: number): string {
  const kopf = ['Fällig', 'Träger', 'Norm', 'Bezeichnung', 'Betrag'];
  const zeilen = fristen.map((f) => [
    `${deutsch(f.faellig)}${f.faellig < stichtag ? ' !' : ''}`,
    f.traegerId,
    f.norm,
    f.bezeichnung,
    euro(f.betragCent),
  ]);
  const w = kopf.map((k, i) => Math.max(k.length, ...zeilen.map((z) => (z[i] ?? '').length)));
  // Die Bezeichnung wird auf die Terminalbreite gekürzt.
  const fest = (w[0] ?? 0) + (w[1] ?? 0) + (w[2] ?? 0) + (w[4] ?? 0) + 8;
  w[3] = Math.max(20, Math.min(w[3] ?? 0, breite - fest));
  const zeile = (z: string[]) =>
    z
      .map((x, i) => {
        const b = w[i] ?? 0;
        const t = x.length > b ? `${x.slice(0, b - 1)}…` : x;
        return i === 4 ? t.padStart(b) : t.padEnd(b);
      })
      .join('  ')
      .trimEnd();
  return [zeile(kopf), w.map((b) => '─'.repeat(b)).join('  '), ...zeilen.map(zeile)].join('\n');
}

export async function fristenBefehl(o: FristenOptionen, io: Ausgabe): Promise<number> {
  const bis = liesTag(o.faelligBis);
  if (!bis) {
    io.stderr(`egh fristen: --faellig-bis „${o.faelligBis}“ ist kein Datum (TT.MM.JJJJ, JJJJ-MM-TT, heute oder +N Tage).\n`);
    return E.bedienfehler;
  }
  try {
    const grenze = 100_000;
    const fristen = await mitDatenbank(vorbereitet(o), async (d) => {
      if (o.traeger) await betriebskontext(d, o.traeger);
      return faelligeFristen(d, bis, o.traeger, grenze);
    });
    const stichtag = heute();
    if (o.json) {
      io.stdout(
        `${JSON.stringify({ faelligBis: bis, traeger: o.traeger ?? null, anzahl: fristen.length, unvollstaendig: fristen.length === grenze, fristen }, null, 2)}\n`,
      );
      return E.ok;
    }
    if (!fristen.length) {
      io.stdout(`Keine offenen Fristen bis ${deutsch(bis)}${o.traeger ? ` für ${o.traeger}` : ''}.\n`);
      return E.ok;
    }
    const ueberfaellig = fristen.filter((f) => f.faellig < stichtag).length;
    io.stdout(`${tabelle(fristen, stichtag, process.stdout.columns ?? 160)}\n`);
    io.stdout(
      `\n${zahl(fristen.length)} offene Fristen bis ${deutsch(bis)}${o.traeger ? ` für ${o.traeger}` : ''}${ueberfaellig ? `, davon ${zahl(ueberfaellig)} überfällig (!)` : ''}${fristen.length === grenze ? ` (die ersten ${zahl(grenze)}; mehr mit --json nicht, bitte enger filtern)` : ''}.\n`,
    );
    return E.ok;
  } catch (e) {
    return behandle('fristen', e, io);
  }
}

// ---------------------------------------------------------------------------------------------
// egh backup / restore

export interface SicherungOptionen extends Datenbankwahl {
  json?: boolean;
  /** age-Empfänger (öffentliche Schlüssel age1…), an die verschlüsselt wird. */
  empfaenger?: string[];
  /** Datei mit age-Identitäten (AGE-SECRET-KEY-1…, eine je Zeile) zum Entschlüsseln. */
  identitaet?: string;
}

/** Passphrase der Sicherung aus EGH_SICHERUNG_PASSPHRASE (nie als Argument: stünde in der Prozessliste). */
const passphrase = () => process.env.EGH_SICHERUNG_PASSPHRASE || undefined;

async function identitaeten(datei: string | undefined): Promise<string[] | undefined> {
  if (!datei) return undefined;
  return (await readFile(datei, 'utf8'))
    .split(/\r?\n/)
    .map((z) => z.trim())
    .filter((z) => z.startsWith('AGE-SECRET-KEY-'));
}

export async function backupBefehl(datei: string, o: SicherungOptionen, io: Ausgabe): Promise<number> {
  const v = verbindung(o);
  if (!v.url && (!existsSync(v.datenVerzeichnis ?? './data') || !readdirSync(v.datenVerzeichnis ?? './data').length)) {
    io.stderr(`egh backup: In ${v.datenVerzeichnis} liegt keine Datenbank (EGH_DATA_DIR, --daten oder DATABASE_URL prüfen).\n`);
    return E.bedienfehler;
  }
  const b = balken(o.json, 'Sichern');
  try {
    const p = passphrase();
    const verschluesselung = p || o.empfaenger?.length ? { ...(p ? { passphrase: p } : {}), empfaenger: o.empfaenger ?? [] } : undefined;
    const kopf = await mitDatenbank(nurMigriert(o), (d) => sichere(d, datei, (n, gesamt) => b.setze(n, gesamt), verschluesselung));
    b.ende();
    const zeilen = kopf.tabellen.reduce((s, t) => s + t.zeilen, 0);
    if (o.json) io.stdout(`${JSON.stringify({ datei, ...kopf, zeilenGesamt: zeilen }, null, 2)}\n`);
    else
      io.stdout(
        `Gesichert: ${zahl(zeilen)} Zeilen aus ${kopf.tabellen.length} Tabellen (${beschreibeDatenbank(o)}) nach ${datei}.\nWiederherstellen mit: egh restore ${datei} (in eine leere Datenbank)\n`,
      );
    return E.ok;
  } catch (e) {
    b.ende();
    return behandle('backup', e, io);
  }
}

export async function restoreBefehl(datei: string, o: SicherungOptionen, io: Ausgabe): Promise<number> {
  const b = balken(o.json, 'Wiederherstellen');
  try {
    await access(datei, constants.R_OK);
  } catch (e) {
    return behandle('restore', e, io);
  }
  try {
    const p = passphrase();
    const ids = await identitaeten(o.identitaet);
    const entschluesselung = { ...(p ? { passphrase: p } : {}), ...(ids ? { identitaeten: ids } : {}) };
    const kopf = await mitDatenbank(nurMigriert(o), (d) => stelleWiederHer(d, datei, (n, gesamt) => b.setze(n, gesamt), entschluesselung));
    b.ende();
    const zeilen = kopf.tabellen.reduce((s, t) => s + t.zeilen, 0);
    if (o.json) io.stdout(`${JSON.stringify({ datei, ...kopf, zeilenGesamt: zeilen }, null, 2)}\n`);
    else
      io.stdout(
        `Wiederhergestellt: ${zahl(zeilen)} Zeilen in ${kopf.tabellen.length} Tabellen (Sicherung vom ${kopf.erstelltAm.slice(0, 10)}, ${kopf.datenbank}) in ${beschreibeDatenbank(o)}.\n`,
      );
    return E.ok;
  } catch (e) {
    b.ende();
    return behandle('restore', e, io);
  }
}
