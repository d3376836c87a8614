// Die Anmeldung in Schritten. Zuerst das Passwort (gedrosselt: http/drosselung.ts); stimmt es und
// fehlt noch etwas, entsteht statt einer Sitzung ein Anmeldevorgang (10 Minuten, eigenes Cookie),
// der nur den fehlenden Schritt erlaubt:
//   1. zweiterFaktor – der Code der Authenticator-App (RFC 6238), wenn eingerichtet;
//   2. passwortAendern – ein Erstpasswort (Administration, Kommandozeile) durch ein eigenes ersetzen;
//   3. zweiterFaktorEinrichten – Pflicht für Administration und Plattformbetrieb.
// Erst wenn kein Schritt mehr fehlt, entsteht die Sitzung. Vorher gibt es keine: eine Anfrage an
// jede andere Route bleibt 401, auch die, die ihre Sitzung in der Abfrage prüfen (egh_sitzung).
import { randomBytes } from 'node:crypto';
import { and, eq, gt, lt, or, isNull, sql } from 'drizzle-orm';
import { anmeldevorgang, benutzer, zweiterFaktor } from '../db/schema.ts';
import { type Db, alsSystem } from '../db/verbindung.ts';
import { meldeErfolg, meldeVersuch, raeumeZaehlerAuf } from './drosselung.ts';
import { attrappenHash, hashePasswort, pruefePasswort } from './passwort.ts';
import { passwortFehler } from './passwort-richtlinie.ts';
import { Fachfehler, eingabefehler, konflikt, nichtAngemeldet } from './problem.ts';
import { type Benutzerkontext, beendeSitzungen, neueSitzung, sha256 } from './sitzung.ts';
import { einrichtungsdaten, faktorIstPflicht, neuesGeheimnis, schrittDesCodes } from './zweiter-faktor.ts';

export type Anmeldeschritt = 'zweiterFaktor' | 'passwortAendern' | 'zweiterFaktorEinrichten';
export type Anmeldeergebnis =
  | { art: 'sitzung'; token: string; kontext: Benutzerkontext }
  | { art: 'vorgang'; token: string; schritt: Anmeldeschritt; benutzername: string };

export const vorgangsCookie = 'egh_anmeldung';
export const vorgangsMinuten = 10;
/** Falsche Codes je Anmeldevorgang; danach beginnt die Anmeldung neu (mit Passwort, gedrosselt). */
const codeVersuche = 5;

type BenutzerZeile = typeof benutzer.$inferSelect;
type FaktorZeile = typeof zweiterFaktor.$inferSelect;

interface Stand {
  benutzer: BenutzerZeile;
  faktor: FaktorZeile | undefined;
  faktorGeprueft: boolean;
}

export function naechsterSchritt(s: Stand): Anmeldeschritt | null {
  if (s.faktor?.bestaetigt && !s.faktorGeprueft) return 'zweiterFaktor';
  if (s.benutzer.passwortAendern) return 'passwortAendern';
  if (faktorIstPflicht(s.benutzer.rollen) && !s.faktor?.bestaetigt) return 'zweiterFaktorEinrichten';
  return null;
}

const falsch = () => new Fachfehler(401, 'anmeldung', 'Anmeldung fehlgeschlagen', 'Benutzername oder Passwort ist falsch.');
const vorgangFehlt = () =>
  new Fachfehler(
    401,
    'anmeldung',
    'Anmeldung abgelaufen',
    'Die Anmeldung ist abgelaufen oder abgebrochen. Bitte melden Sie sich erneut an.',
  );

async function ladeFaktor(db: Db, benutzerId: string): Promise<FaktorZeile | undefined> {
  const [f] = await alsSystem(db, (tx) => tx.select().from(zweiterFaktor).where(eq(zweiterFaktor.benutzerId, benutzerId)));
  return f;
}

/** Schritt 1: Benutzername und Passwort. */
export async function anmelden(db: Db, benutzername: string, passwort: string, adresse: string): Promise<Anmeldeergebnis> {
  await meldeVersuch(db, benutzername, adresse);
  const [b] = await alsSystem(db, (tx) => tx.select().from(benutzer).where(eq(benutzer.benutzername, benutzername)));
  const ok = b ? b.aktiv && (await pruefePasswort(b.passwortHash, passwort)) : await pruefePasswort(await attrappenHash(), passwort);
  if (!b || !ok) {
    await raeumeZaehlerAuf(db);
    throw falsch();
  }
  // Das richtige Passwort zählt nicht als Fehlversuch; ein fehlender Code wird eigens gezählt.
  await meldeErfolg(db, benutzername, adresse, 1);
  return weiter(db, { benutzer: b, faktor: await ladeFaktor(db, b.id), faktorGeprueft: false });
}

async function weiter(db: Db, s: Stand, vorgang?: { token: string; hash: string }): Promise<Anmeldeergebnis> {
  const schritt = naechsterSchritt(s);
  if (schritt === null) {
    if (vorgang) await alsSystem(db, (tx) => tx.delete(anmeldevorgang).where(eq(anmeldevorgang.tokenHash, vorgang.hash)));
    return { art: 'sitzung', ...(await neueSitzung(db, s.benutzer.id)) };
  }
  if (vorgang) {
    await alsSystem(db, (tx) =>
      tx.update(anmeldevorgang).set({ faktorGeprueft: s.faktorGeprueft }).where(eq(anmeldevorgang.tokenHash, vorgang.hash)),
    );
    return { art: 'vorgang', token: vorgang.token, schritt, benutzername: s.benutzer.benutzername };
  }
  const token = randomBytes(32).toString('base64url');
  await alsSystem(db, async (tx) => {
    await tx.insert(anmeldevorgang).values({
      tokenHash: sha256(token),
      benutzerId: s.benutzer.id,
      faktorGeprueft: s.faktorGeprueft,
      laeuftAbAm: new Date(Date.now() + vorgangsMinuten * 60 * 1000),
    });
    await tx.delete(anmeldevorgang).where(lt(anmeldevorgang.laeuftAbAm, new Date()));
  });
  return { art: 'vorgang', token, schritt, benutzername: s.benutzer.benutzername };
}

interface Vorgang extends Stand {
  token: string;
  hash: string;
}

async function ladeVorgang(db: Db, token: string | undefined): Promise<Vorgang> {
  if (!token) throw vorgangFehlt();
  const hash = sha256(token);
  const [z] = await alsSystem(db, (tx) =>
    tx
      .select({ v: anmeldevorgang, b: benutzer })
      .from(anmeldevorgang)
      .innerJoin(benutzer, eq(benutzer.id, anmeldevorgang.benutzerId))
      .where(and(eq(anmeldevorgang.tokenHash, hash), gt(anmeldevorgang.laeuftAbAm, new Date()), eq(benutzer.aktiv, true))),
  );
  if (!z) throw vorgangFehlt();
  return { token, hash, benutzer: z.b, faktor: await ladeFaktor(db, z.b.id), faktorGeprueft: z.v.faktorGeprueft };
}

function erwarte(v: Vorgang, ...erlaubt: Anmeldeschritt[]): Anmeldeschritt {
  const schritt = naechsterSchritt(v);
  if (!schritt || !erlaubt.includes(schritt))
    throw konflikt(`Dieser Schritt ist in der laufenden Anmeldung nicht vorgesehen (als Nächstes: ${schritt ?? 'keiner'}).`);
  return schritt;
}

/** Welcher Schritt fehlt (für die Oberfläche nach einem Neuladen). */
export async function offenerSchritt(db: Db, token: string | undefined): Promise<{ schritt: Anmeldeschritt; benutzername: string }> {
  const v = await ladeVorgang(db, token);
  const schritt = naechsterSchritt(v);
  if (!schritt) throw vorgangFehlt();
  return { schritt, benutzername: v.benutzer.benutzername };
}

/**
 * Nimmt einen Zeitschritt höchstens einmal an (RFC 6238 Abschnitt 5.2): die Bedingung
 * letzter_schritt < Schritt steht im UPDATE, zwei gleichzeitige Anmeldungen mit demselben Code
 * gelingen nicht beide. Mit `bestaetigen` wird eine Einrichtung zugleich bestätigt.
 */
async function nimmSchrittAn(db: Db, benutzerId: string, schritt: number, bestaetigen: boolean): Promise<boolean> {
  const r = await alsSystem(db, (tx) =>
    tx
      .update(zweiterFaktor)
      .set({ letzterSchritt: schritt, bestaetigt: true })
      .where(
        and(
          eq(zweiterFaktor.benutzerId, benutzerId),
          or(isNull(zweiterFaktor.letzterSchritt), lt(zweiterFaktor.letzterSchritt, schritt)),
          bestaetigen ? undefined : eq(zweiterFaktor.bestaetigt, true),
        ),
      )
      .returning({ id: zweiterFaktor.benutzerId }),
  );
  return r.length === 1;
}

/** Prüft einen Code gegen das (bestätigte oder einzurichtende) Geheimnis; wirft 401 bei falschem Code. */
export async function pruefeCode(
  db: Db,
  benutzerId: string,
  benutzername: string,
  code: string,
  adresse: string,
  jetzt: number,
  einrichtung: boolean,
): Promise<void> {
  const f = await ladeFaktor(db, benutzerId);
  if (!f || (!einrichtung && !f.bestaetigt)) throw konflikt('Für dieses Konto ist kein zweiter Faktor eingerichtet.');
  await meldeVersuch(db, benutzername, adresse);
  const schritt = schrittDesCodes(f.geheimnis, code, jetzt);
  if (schritt === null || !(await nimmSchrittAn(db, benutzerId, schritt, einrichtung)))
    throw new Fachfehler(
      401,
      'zweiter-faktor',
      'Code falsch',
      'Der Code ist falsch, abgelaufen oder wurde schon verwendet. Bitte den aktuellen Code der Authenticator-App eingeben.',
      [{ pfad: '/code', meldung: 'Code falsch, abgelaufen oder schon verwendet.' }],
    );
}

/** Schritt „zweiterFaktor“ oder Abschluss von „zweiterFaktorEinrichten“: der Code der App. */
export async function codeImVorgang(
  db: Db,
  token: string | undefined,
  code: string,
  adresse: string,
  jetzt: number,
): Promise<Anmeldeergebnis> {
  const v = await ladeVorgang(db, token);
  const schritt = erwarte(v, 'zweiterFaktor', 'zweiterFaktorEinrichten');
  if (schritt === 'zweiterFaktorEinrichten' && !v.faktor) throw konflikt('Bitte zuerst das Geheimnis für die Authenticator-App abrufen.');
  try {
    await pruefeCode(db, v.benutzer.id, v.benutzer.benutzername, code, adresse, jetzt, schritt === 'zweiterFaktorEinrichten');
  } catch (e) {
    if (e instanceof Fachfehler && e.status === 401) {
      const [z] = await alsSystem(db, (tx) =>
        tx
          .update(anmeldevorgang)
          .set({ fehlversuche: sql`${anmeldevorgang.fehlversuche} + 1` })
          .where(eq(anmeldevorgang.tokenHash, v.hash))
          .returning({ n: anmeldevorgang.fehlversuche }),
      );
      if ((z?.n ?? codeVersuche) >= codeVersuche) {
        await alsSystem(db, (tx) => tx.delete(anmeldevorgang).where(eq(anmeldevorgang.tokenHash, v.hash)));
        throw vorgangFehlt();
      }
    }
    throw e;
  }
  await meldeErfolg(db, v.benutzer.benutzername, adresse, 1);
  return weiter(db, { ...v, faktor: await ladeFaktor(db, v.benutzer.id), faktorGeprueft: true }, v);
}

/** Schritt „zweiterFaktorEinrichten“: ein neues Geheimnis (ersetzt ein unbestätigtes). */
export async function einrichtungImVorgang(db: Db, token: string | undefined) {
  const v = await ladeVorgang(db, token);
  erwarte(v, 'zweiterFaktorEinrichten');
  return beginneEinrichtung(db, v.benutzer.id, v.benutzer.benutzername);
}

export async function beginneEinrichtung(db: Db, benutzerId: string, benutzername: string) {
  const geheimnis = neuesGeheimnis();
  const r = await alsSystem(db, (tx) =>
    tx
      .insert(zweiterFaktor)
      .values({ benutzerId, geheimnis })
      .onConflictDoUpdate({
        target: zweiterFaktor.benutzerId,
        set: { geheimnis, letzterSchritt: null },
        setWhere: eq(zweiterFaktor.bestaetigt, false),
      })
      .returning({ id: zweiterFaktor.benutzerId }),
  );
  if (!r.length) throw konflikt('Der zweite Faktor ist schon eingerichtet. Zum Wechsel setzt ihn die Administration zurück.');
  return einrichtungsdaten(geheimnis, benutzername);
}

/** Schritt „passwortAendern“: das Erstpasswort durch ein eigenes ersetzen. */
export async function erstpasswortImVorgang(db: Db, token: string | undefined, neu: string): Promise<Anmeldeergebnis> {
  const v = await ladeVorgang(db, token);
  erwarte(v, 'passwortAendern');
  const b = await setzePasswort(db, v.benutzer, neu);
  return weiter(db, { ...v, benutzer: b }, v);
}

/** Prüft die Passwortregeln, dass das Passwort neu ist, und speichert es (Erstpasswort erledigt). */
export async function setzePasswort(db: Db, b: BenutzerZeile, neu: string): Promise<BenutzerZeile> {
  const regel = passwortFehler(neu, { benutzername: b.benutzername, name: b.name });
  if (regel) throw eingabefehler([{ pfad: '/neuesPasswort', meldung: regel }]);
  if (await pruefePasswort(b.passwortHash, neu))
    throw eingabefehler([{ pfad: '/neuesPasswort', meldung: 'Das neue Passwort muss sich vom bisherigen unterscheiden.' }]);
  const passwortHash = await hashePasswort(neu);
  const [z] = await alsSystem(db, (tx) =>
    tx.update(benutzer).set({ passwortHash, passwortAendern: false, geaendertAm: new Date() }).where(eq(benutzer.id, b.id)).returning(),
  );
  if (!z) throw vorgangFehlt();
  return z;
}

/**
 * Das eigene Passwort ändern: das bisherige ist nötig (gedrosselt wie die Anmeldung – eine
 * übernommene Sitzung rät es nicht schneller); alle anderen Sitzungen des Kontos enden.
 */
export async function aenderePasswort(
  db: Db,
  k: Benutzerkontext,
  o: { altesPasswort: string; neuesPasswort: string; adresse: string; sitzungsToken: string | undefined },
): Promise<void> {
  const [b] = await alsSystem(db, (tx) => tx.select().from(benutzer).where(eq(benutzer.id, k.benutzerId)));
  if (!b) throw nichtAngemeldet();
  await meldeVersuch(db, b.benutzername, o.adresse);
  if (!(await pruefePasswort(b.passwortHash, o.altesPasswort)))
    throw eingabefehler([{ pfad: '/altesPasswort', meldung: 'Das bisherige Passwort ist falsch.' }]);
  await meldeErfolg(db, b.benutzername, o.adresse, 1);
  await setzePasswort(db, b, o.neuesPasswort);
  await beendeSitzungen(db, b.id, o.sitzungsToken);
}

/** Stand des eigenen zweiten Faktors. */
export async function faktorStand(db: Db, k: Benutzerkontext): Promise<{ eingerichtet: boolean; pflicht: boolean }> {
  const f = await ladeFaktor(db, k.benutzerId);
  return { eingerichtet: Boolean(f?.bestaetigt), pflicht: faktorIstPflicht(k.rollen) };
}
