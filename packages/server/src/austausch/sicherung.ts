// Logische Sicherung und Wiederherstellung, gleich für PGlite und PostgreSQL (portabel zwischen
// beiden): JSON Lines, eine Kopfzeile, je Tabelle eine Abschnittszeile und eine Zeile je
// Datensatz (row_to_json), zum Schluss eine Schlusszeile mit den Zeilenzahlen. Tabellen in der
// Reihenfolge ihrer Fremdschlüssel, damit die Wiederherstellung sie der Reihe nach einfügen kann.
// Wiederhergestellt wird nur in eine leere Datenbank, alles in einer Transaktion; das Protokoll
// (nur anfügen) wird eingefügt, nicht geändert. Dateien auf .gz werden mit gzip geschrieben/gelesen.
//
// Sicherheit: Die Datei entsteht mit den Rechten 0600 (nur der Besitzer liest sie). Mit einer
// Passphrase oder age-Empfängern (age1…) wird sie mit age verschlüsselt (Bibliothek age-encryption,
// Format age-encryption.org/v1; lesbar auch mit dem Werkzeug age). Nicht gesichert werden Sitzungen,
// gespeicherte Idempotenz-Antworten und Anmeldeversuche (nichtGesichert): Eine Wiederherstellung
// beginnt ohne Sitzungen – wer abgemeldet war, bleibt es, jeder meldet sich neu an. Die
// Passwort-Hashes (Argon2id) bleiben in der Sicherung: Ohne sie müsste nach einer Wiederherstellung
// jedes Konto ein neues Passwort bekommen; darum 0600 und auf Wunsch Verschlüsselung.
import { chmodSync, createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { PassThrough, Readable, type Writable } from 'node:stream';
import type { ReadableStream as WebLesestrom } from 'node:stream/web';
import { finished } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Decrypter, Encrypter } from 'age-encryption';
import type { Datenbank } from '../db/verbindung.ts';
import { type Rohtransaktion, inRohtransaktion } from './rohzugriff.ts';

export const sicherungsformat = 'egh-clearing-sicherung';
export const sicherungsversion = 1;

export interface Sicherungskopf {
  format: typeof sicherungsformat;
  version: number;
  erstelltAm: string;
  datenbank: 'pglite' | 'postgresql';
  /** Hashes der angewandten Migrationen (drizzle), in Reihenfolge. */
  migrationen: string[];
  tabellen: { name: string; zeilen: number }[];
}

/** Fortschritt über alle Tabellen: erledigte Zeilen, Zeilen insgesamt, aktuelle Tabelle. */
export type Sicherungsfortschritt = (erledigt: number, gesamt: number, tabelle: string) => void;

export class Sicherungsfehler extends Error {}

/** Tabellen, die nie in eine Sicherung gehören (und aus älteren Sicherungen nicht zurückkommen). */
export const nichtGesichert: ReadonlySet<string> = new Set([
  'sitzung',
  'idempotenz',
  // Anmeldung: Zähler der Drosselung und halbe Anmeldungen (zweiter Schritt) – flüchtig, wie Sitzungen.
  'anmeldeversuch',
  'anmeldezaehler',
  'anmeldevorgang',
  // Geheime Kalenderadressen sind Zugangsdaten wie Sitzungen: nach einer Wiederherstellung neu anlegen.
  'kalender_abonnement',
]);

/** Verschlüsselung einer Sicherung: Passphrase und/oder age-Empfänger (öffentliche Schlüssel age1…). */
export interface Verschluesselung {
  passphrase?: string;
  empfaenger?: string[];
}

/** Entschlüsselung: Passphrase und/oder age-Identitäten (AGE-SECRET-KEY-1…). */
export interface Entschluesselung {
  passphrase?: string;
  identitaeten?: string[];
}

const ageKopf = 'age-encryption.org/v1';
const mitGzip = (pfad: string) => pfad.replace(/\.age$/, '').endsWith('.gz');

const bezeichner = (n: string) => `"${n.replaceAll('"', '""')}"`;

/** Tabellen des Schemas public, Eltern vor Kindern (Fremdschlüssel), sonst alphabetisch. */
export async function tabellenInReihenfolge(t: Rohtransaktion): Promise<string[]> {
  const tabellen = (
    await t.abfrage<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by tablename`)
  ).map((z) => z.name);
  const kanten = await t.abfrage<{ kind: string; eltern: string }>(
    `select c.conrelid::regclass::text as kind, c.confrelid::regclass::text as eltern
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'`,
  );
  const ohneAnfuehrung = (s: string) => s.replace(/^"|"$/g, '');
  const eltern = new Map(tabellen.map((x) => [x, new Set<string>()]));
  for (const k of kanten) {
    const kind = ohneAnfuehrung(k.kind);
    const e = ohneAnfuehrung(k.eltern);
    if (kind !== e) eltern.get(kind)?.add(e);
  }
  const reihenfolge: string[] = [];
  const offen = new Set(tabellen);
  while (offen.size) {
    const bereit = [...offen].filter((x) => [...(eltern.get(x) ?? [])].every((e) => !offen.has(e)));
    // Ein Kreis von Fremdschlüsseln (gibt es im Schema nicht) würde hier alphabetisch aufgelöst.
    const naechste = bereit.length ? bereit : [[...offen].sort()[0] as string];
    for (const x of naechste.sort()) {
      reihenfolge.push(x);
      offen.delete(x);
    }
  }
  return reihenfolge;
}

async function migrationen(t: Rohtransaktion): Promise<string[]> {
  const da = await t.abfrage<{ n: number }>(
    `select count(*)::int as n from information_schema.tables where table_schema = 'drizzle' and table_name = '__drizzle_migrations'`,
  );
  if (!da[0]?.n) return [];
  return (await t.abfrage<{ hash: string }>('select hash from drizzle.__drizzle_migrations order by id')).map((z) => z.hash);
}

/**
 * Der Strom, in den die Sicherung geschrieben wird: Datei mit 0600 (eine vorhandene wird vor dem
 * Schreiben auf 0600 gesetzt), davor gzip (.gz) und age (mit `v`).
 */
async function zielStrom(pfad: string, v?: Verschluesselung): Promise<{ strom: Writable; fertig: Promise<void> }> {
  try {
    chmodSync(pfad, 0o600);
  } catch {
    // Die Datei gibt es noch nicht: sie entsteht mit 0600.
  }
  const datei = createWriteStream(pfad, { mode: 0o600 });
  const verschluesseln = !!(v?.passphrase || v?.empfaenger?.length);
  let ende: Writable = datei;
  if (verschluesseln) {
    const e = new Encrypter();
    if (v?.passphrase) e.setPassphrase(v.passphrase);
    for (const r of v?.empfaenger ?? []) {
      if (!/^age1[0-9a-z]+$/.test(r)) throw new Sicherungsfehler(`„${r}“ ist kein age-Empfänger (öffentlicher Schlüssel „age1…“).`);
      e.addRecipient(r);
    }
    const klar = new PassThrough();
    const geheim = Readable.fromWeb((await e.encrypt(Readable.toWeb(klar) as ReadableStream<Uint8Array>)) as WebLesestrom<Uint8Array>);
    geheim.pipe(datei);
    geheim.on('error', (f) => datei.destroy(f));
    ende = klar;
  }
  if (!mitGzip(pfad)) return { strom: ende, fertig: finished(datei) };
  const gzip = createGzip({ level: 6 });
  gzip.pipe(ende);
  return { strom: gzip, fertig: finished(datei) };
}

async function schreibe(strom: Writable, text: string): Promise<void> {
  if (!strom.write(text)) await new Promise((ok) => strom.once('drain', ok));
}

/**
 * Schreibt eine Sicherung aller Tabellen nach `pfad`, aus einem einheitlichen Schnappschuss
 * (REPEATABLE READ, nur lesend). Gibt den Kopf (mit Zeilenzahlen) zurück.
 */
export async function sichere(
  d: Datenbank,
  pfad: string,
  fortschritt?: Sicherungsfortschritt,
  verschluesselung?: Verschluesselung,
): Promise<Sicherungskopf> {
  const { strom, fertig } = await zielStrom(pfad, verschluesselung);
  try {
    const kopf = await inRohtransaktion(d, async (t) => {
      await t.abfrage('set transaction isolation level repeatable read, read only');
      const tabellen = (await tabellenInReihenfolge(t)).filter((x) => !nichtGesichert.has(x));
      const zahlen: { name: string; zeilen: number }[] = [];
      for (const name of tabellen) {
        const [z] = await t.abfrage<{ n: string }>(`select count(*) as n from ${bezeichner(name)}`);
        zahlen.push({ name, zeilen: Number(z?.n ?? 0) });
      }
      const k: Sicherungskopf = {
        format: sicherungsformat,
        version: sicherungsversion,
        erstelltAm: new Date().toISOString(),
        datenbank: d.art,
        migrationen: await migrationen(t),
        tabellen: zahlen,
      };
      await schreibe(strom, `${JSON.stringify(k)}\n`);
      const summe = zahlen.reduce((x, z) => x + z.zeilen, 0);
      let vorher = 0;
      for (const { name, zeilen: gesamt } of zahlen) {
        const spalten = (
          await t.abfrage<{ name: string }>(
            `select column_name as name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`,
            [name],
          )
        ).map((z) => z.name);
        await schreibe(strom, `${JSON.stringify({ tabelle: name, spalten, zeilen: gesamt })}\n`);
        await t.abfrage(`declare sicherung no scroll cursor for select row_to_json(x)::text as z from ${bezeichner(name)} x`);
        let gelesen = 0;
        for (;;) {
          const teil = await t.abfrage<{ z: string }>('fetch 5000 from sicherung');
          if (!teil.length) break;
          let s = '';
          for (const r of teil) s += `${r.z}\n`;
          await schreibe(strom, s);
          gelesen += teil.length;
          fortschritt?.(Math.min(summe, vorher + gelesen), summe, name);
        }
        await t.abfrage('close sicherung');
        vorher += gelesen;
      }
      await schreibe(strom, `${JSON.stringify({ ende: true, zeilen: Object.fromEntries(zahlen.map((z) => [z.name, z.zeilen])) })}\n`);
      return k;
    });
    strom.end();
    await fertig;
    return kopf;
  } catch (e) {
    strom.destroy();
    throw e;
  }
}

/** Der Strom der Zeilen einer Sicherung: entschlüsselt (age), entpackt (.gz). */
async function quellStrom(pfad: string, e?: Entschluesselung): Promise<Readable> {
  const f = await open(pfad, 'r');
  const anfang = Buffer.alloc(ageKopf.length);
  try {
    await f.read(anfang, 0, anfang.length, 0);
  } finally {
    await f.close();
  }
  let strom: Readable = createReadStream(pfad);
  if (anfang.toString('latin1') === ageKopf) {
    if (!e?.passphrase && !e?.identitaeten?.length)
      throw new Sicherungsfehler(
        `„${pfad}“ ist verschlüsselt. Bitte die Passphrase (Umgebungsvariable EGH_SICHERUNG_PASSPHRASE) oder die Schlüsseldatei (--identitaet) angeben.`,
      );
    const d = new Decrypter();
    if (e.passphrase) d.addPassphrase(e.passphrase);
    for (const i of e.identitaeten ?? []) d.addIdentity(i);
    try {
      strom = Readable.fromWeb((await d.decrypt(Readable.toWeb(strom) as ReadableStream<Uint8Array>)) as WebLesestrom<Uint8Array>);
    } catch {
      throw new Sicherungsfehler(`„${pfad}“ ließ sich nicht entschlüsseln: Passphrase oder Schlüssel passt nicht.`);
    }
  }
  return mitGzip(pfad) ? strom.pipe(createGunzip()) : strom;
}

/** Nicht leere Tabellen der Zieldatenbank (leer heißt: keine einzige Zeile, auch keine Stammdaten). */
export async function nichtLeereTabellen(d: Datenbank): Promise<{ name: string; zeilen: number }[]> {
  return inRohtransaktion(d, async (t) => {
    const belegt: { name: string; zeilen: number }[] = [];
    for (const name of await tabellenInReihenfolge(t)) {
      const [z] = await t.abfrage<{ n: string }>(`select count(*) as n from ${bezeichner(name)}`);
      const n = Number(z?.n ?? 0);
      if (n) belegt.push({ name, zeilen: n });
    }
    return belegt;
  });
}

/**
 * Stellt eine Sicherung in einer leeren Datenbank (nach den Migrationen) wieder her; alles in einer
 * Transaktion. Weigert sich mit deutscher Meldung (Sicherungsfehler), wenn die Datenbank nicht
 * leer ist, die Datei keine vollständige Sicherung ist oder von einer neueren Version stammt.
 */
export async function stelleWiederHer(
  d: Datenbank,
  pfad: string,
  fortschritt?: Sicherungsfortschritt,
  entschluesselung?: Entschluesselung,
): Promise<Sicherungskopf> {
  const belegt = await nichtLeereTabellen(d);
  if (belegt.length)
    throw new Sicherungsfehler(
      `Die Zieldatenbank ist nicht leer (${belegt
        .slice(0, 5)
        .map((b) => `${b.name}: ${b.zeilen.toLocaleString('de-DE')} Zeilen`)
        .join(
          ', ',
        )}${belegt.length > 5 ? ', …' : ''}). Wiederhergestellt wird nur in eine leere Datenbank: ein neues Datenverzeichnis (EGH_DATA_DIR bzw. --daten) oder eine neu angelegte PostgreSQL-Datenbank (DATABASE_URL), ohne vorher „egh serve“ oder „egh db migrate“ auszuführen.`,
    );
  const zeilen = createInterface({ input: await quellStrom(pfad, entschluesselung), crlfDelay: Infinity })[Symbol.asyncIterator]();
  let erste: IteratorResult<string>;
  try {
    erste = await zeilen.next();
  } catch {
    throw new Sicherungsfehler(`„${pfad}“ ließ sich nicht lesen: Passphrase oder Schlüssel passt nicht, oder die Datei ist beschädigt.`);
  }
  let kopf: Sicherungskopf;
  try {
    kopf = JSON.parse(erste.done ? '' : erste.value) as Sicherungskopf;
  } catch {
    throw new Sicherungsfehler(`„${pfad}“ ist keine Sicherung von EGH-Clearing (die erste Zeile ist kein JSON).`);
  }
  if (kopf.format !== sicherungsformat) throw new Sicherungsfehler(`„${pfad}“ ist keine Sicherung von EGH-Clearing.`);
  if (kopf.version > sicherungsversion)
    throw new Sicherungsfehler(
      `Die Sicherung hat das Format ${kopf.version}; diese Version kennt nur bis ${sicherungsversion}. Bitte EGH-Clearing aktualisieren.`,
    );

  return inRohtransaktion(d, async (t) => {
    const vorhanden = new Set(await migrationen(t));
    const fehlend = kopf.migrationen.filter((h) => !vorhanden.has(h));
    if (fehlend.length)
      throw new Sicherungsfehler(
        `Die Sicherung stammt von einer neueren Version von EGH-Clearing (${fehlend.length} Migration(en) fehlen hier). Bitte zuerst EGH-Clearing aktualisieren.`,
      );
    const zielTabellen = new Set(await tabellenInReihenfolge(t));
    const gezaehlt: Record<string, number> = {};
    let tabelle: string | undefined;
    let spalten = '';
    let stapel: string[] = [];
    let groesse = 0;
    let ende: { zeilen: Record<string, number> } | undefined;
    const summe = kopf.tabellen.reduce((x, z) => x + z.zeilen, 0);
    let erledigt = 0;
    const leere = async () => {
      if (!tabelle || !stapel.length) return;
      await t.abfrage(
        `insert into ${bezeichner(tabelle)} (${spalten}) select ${spalten} from json_populate_recordset(null::${bezeichner(tabelle)}, $1::json)`,
        [`[${stapel.join(',')}]`],
      );
      gezaehlt[tabelle] = (gezaehlt[tabelle] ?? 0) + stapel.length;
      erledigt += stapel.length;
      fortschritt?.(Math.min(summe, erledigt), summe, tabelle);
      stapel = [];
      groesse = 0;
    };
    for (let z = await zeilen.next(); !z.done; z = await zeilen.next()) {
      const zeile = z.value;
      if (!zeile) continue;
      if (zeile.startsWith('{"tabelle":') || zeile.startsWith('{"ende":')) {
        await leere();
        const a = JSON.parse(zeile) as { tabelle?: string; spalten?: string[]; zeilen?: number | Record<string, number>; ende?: boolean };
        if (a.ende) {
          ende = { zeilen: typeof a.zeilen === 'object' ? a.zeilen : {} };
          break;
        }
        tabelle = a.tabelle ?? '';
        // Ältere Sicherungen enthielten Sitzungen und Idempotenz-Antworten: sie kommen nicht zurück.
        if (nichtGesichert.has(tabelle)) {
          tabelle = undefined;
          continue;
        }
        if (!zielTabellen.has(tabelle))
          throw new Sicherungsfehler(`Die Tabelle „${tabelle}“ der Sicherung gibt es in dieser Version nicht.`);
        const ziel = new Set(
          (
            await t.abfrage<{ name: string }>(
              `select column_name as name from information_schema.columns where table_schema = 'public' and table_name = $1`,
              [tabelle],
            )
          ).map((x) => x.name),
        );
        // Spalten, die es hier (noch) nicht gibt, wären verloren: dann ist die Sicherung neuer.
        const unbekannt = (a.spalten ?? []).filter((s) => !ziel.has(s));
        if (unbekannt.length)
          throw new Sicherungsfehler(`Die Spalte(n) ${unbekannt.join(', ')} der Tabelle „${tabelle}“ gibt es in dieser Version nicht.`);
        spalten = (a.spalten ?? []).map(bezeichner).join(', ');
        gezaehlt[tabelle] = 0;
        continue;
      }
      if (!tabelle) continue;
      stapel.push(zeile);
      groesse += zeile.length;
      if (stapel.length >= 5000 || groesse > 16 * 1024 * 1024) await leere();
    }
    if (!ende) throw new Sicherungsfehler('Die Sicherung ist unvollständig (die Schlusszeile fehlt); nichts wurde wiederhergestellt.');
    for (const [name, n] of Object.entries(ende.zeilen))
      if (!nichtGesichert.has(name) && (gezaehlt[name] ?? 0) !== n)
        throw new Sicherungsfehler(
          `Tabelle „${name}“: ${n} Zeilen gesichert, ${gezaehlt[name] ?? 0} gelesen – die Sicherung ist beschädigt; nichts wurde wiederhergestellt.`,
        );
    // Keine Sitzung überlebt eine Wiederherstellung (die Zieldatenbank war leer; ausdrücklich).
    await t.abfrage('delete from sitzung');
    await t.abfrage('delete from idempotenz');
    // Zähler (bigserial) hinter die höchste wiederhergestellte Nummer setzen.
    const zaehler = await t.abfrage<{ tabelle: string; spalte: string }>(
      `select table_name as tabelle, column_name as spalte from information_schema.columns
        where table_schema = 'public' and column_default like 'nextval(%'`,
    );
    for (const z of zaehler)
      await t.abfrage(
        `select setval(pg_get_serial_sequence($1, $2), coalesce((select max(${bezeichner(z.spalte)}) from ${bezeichner(z.tabelle)}), 0) + 1, false)`,
        [`public.${bezeichner(z.tabelle)}`, z.spalte],
      );
    return kopf;
  });
}
