// Drosselung der Anmeldung. Jeder Versuch wird gezählt, BEVOR das Passwort geprüft wird, mit
// einem INSERT … ON CONFLICT DO UPDATE … RETURNING: die Datenbank erhöht atomar und gibt den neuen
// Stand zurück. 30 parallele Versuche erhalten so die Stände 1 bis 30 – auch über mehrere
// Instanzen an einer PostgreSQL –, und nur die ersten bis zur Grenze werden geprüft.
//
// Grenzen (OWASP Authentication Cheat Sheet, „Login Throttling“): je Benutzer UND Adresse eng, so
// dass ein Fremder von seiner Adresse aus den Benutzer nicht aussperrt; je Benutzer über alle
// Adressen langsamer (gegen verteiltes Raten); je Adresse über alle Benutzer (gegen das Abklappern
// vieler Benutzernamen). Eine gelungene Anmeldung gibt ihre Versuche zurück.
import { sql } from 'drizzle-orm';
import { type Db, alsSystem, zeilen } from '../db/verbindung.ts';
import { Fachfehler } from './problem.ts';

export interface Grenze {
  versuche: number;
  fensterSekunden: number;
}

export const drosselung: { jeBenutzerUndAdresse: Grenze; jeBenutzer: Grenze; jeAdresse: Grenze } = {
  jeBenutzerUndAdresse: { versuche: 5, fensterSekunden: 15 * 60 },
  jeBenutzer: { versuche: 20, fensterSekunden: 60 * 60 },
  jeAdresse: { versuche: 30, fensterSekunden: 15 * 60 },
};

/** 429 mit Retry-After (RFC 9110 Abschnitt 10.2.3) in Sekunden. */
export class Gedrosselt extends Fachfehler {
  readonly wiederholenNach: number;
  constructor(sekunden: number) {
    const minuten = Math.max(1, Math.ceil(sekunden / 60));
    super(
      429,
      'drosselung',
      'Zu viele Anmeldeversuche',
      `Zu viele fehlgeschlagene Anmeldeversuche. Bitte in ${minuten} ${minuten === 1 ? 'Minute' : 'Minuten'} erneut versuchen.`,
    );
    this.wiederholenNach = Math.max(1, Math.ceil(sekunden));
  }
}

const schluessel = {
  benutzerUndAdresse: (b: string, a: string) => `ba:${b}|${a}`,
  benutzer: (b: string) => `b:${b}`,
  adresse: (a: string) => `a:${a}`,
};

/**
 * Zählt einen Versuch für die Schlüssel und gibt je Schlüssel zurück, wie viele Sekunden bis zum
 * Ende des Fensters bleiben, wenn die Grenze überschritten ist. Schlüssel sortiert: zwei
 * Anweisungen sperren gemeinsame Zeilen in derselben Reihenfolge (keine Verklemmung).
 */
async function zaehle(db: Db, eintraege: { schluessel: string; grenze: Grenze }[]): Promise<number | null> {
  const sortiert = [...eintraege].sort((a, b) => a.schluessel.localeCompare(b.schluessel));
  const werte = sql.join(
    sortiert.map((e) => sql`(${e.schluessel}, 1, now(), ${e.grenze.fensterSekunden}::integer)`),
    sql`, `,
  );
  const z = await alsSystem(db, (tx) =>
    zeilen<{ schluessel: string; versuche: number; rest: number }>(
      tx.execute(sql`
        insert into anmeldezaehler as z (schluessel, versuche, fenster_beginn, fenster_sekunden) values ${werte}
        on conflict (schluessel) do update set
          versuche = case when z.fenster_beginn + make_interval(secs => z.fenster_sekunden) <= now() then 1 else z.versuche + 1 end,
          fenster_beginn = case when z.fenster_beginn + make_interval(secs => z.fenster_sekunden) <= now() then now() else z.fenster_beginn end,
          fenster_sekunden = excluded.fenster_sekunden
        returning schluessel, versuche,
          ceil(extract(epoch from (fenster_beginn + make_interval(secs => fenster_sekunden) - now())))::integer as rest`),
    ),
  );
  let rest: number | null = null;
  for (const e of sortiert) {
    const r = z.find((x) => x.schluessel === e.schluessel);
    if (r && Number(r.versuche) > e.grenze.versuche) rest = Math.max(rest ?? 0, Number(r.rest));
  }
  return rest;
}

/**
 * Meldet einen Versuch an (vor der Prüfung von Passwort oder Code); wirft 429, wenn eine Grenze
 * überschritten ist. Die Grenze je Benutzer über alle Adressen zählt nur Versuche, die die
 * Grenzen der Adresse bestanden haben: Ein Fremder, dessen Adresse schon gedrosselt ist, treibt
 * sie nicht weiter.
 */
export async function meldeVersuch(db: Db, benutzername: string, adresse: string): Promise<void> {
  const ort = await zaehle(db, [
    { schluessel: schluessel.benutzerUndAdresse(benutzername, adresse), grenze: drosselung.jeBenutzerUndAdresse },
    { schluessel: schluessel.adresse(adresse), grenze: drosselung.jeAdresse },
  ]);
  if (ort !== null) throw new Gedrosselt(ort);
  const gesamt = await zaehle(db, [{ schluessel: schluessel.benutzer(benutzername), grenze: drosselung.jeBenutzer }]);
  if (gesamt !== null) throw new Gedrosselt(gesamt);
}

/**
 * Nach einer gelungenen Anmeldung: der Zähler für Benutzer und Adresse beginnt neu; die Zähler je
 * Benutzer und je Adresse geben die `anzahl` Versuche dieser Anmeldung zurück (Passwort, Code).
 */
export async function meldeErfolg(db: Db, benutzername: string, adresse: string, anzahl: number): Promise<void> {
  await alsSystem(db, async (tx) => {
    await tx.execute(sql`delete from anmeldezaehler where schluessel = ${schluessel.benutzerUndAdresse(benutzername, adresse)}`);
    await tx.execute(
      sql`update anmeldezaehler set versuche = greatest(versuche - ${anzahl}::integer, 0)
          where schluessel in (${schluessel.benutzer(benutzername)}, ${schluessel.adresse(adresse)})`,
    );
  });
}

/** Abgelaufene Zähler entfernen (nach einem Fehlversuch; die Tabelle bleibt klein). */
export async function raeumeZaehlerAuf(db: Db): Promise<void> {
  await alsSystem(db, (tx) =>
    tx.execute(sql`delete from anmeldezaehler where fenster_beginn + make_interval(secs => fenster_sekunden) < now()`),
  );
}
