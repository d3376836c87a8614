// Anmeldung und Sitzungen. Die Sitzung liegt in der Datenbank (nur der SHA-256 des Tokens), das
// Cookie ist HttpOnly und SameSite=Strict, hinter HTTPS auch Secure. Zustandsändernde Anfragen
// brauchen zusätzlich das CSRF-Token der Sitzung in der Kopfzeile x-csrf-token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, count, eq, gt, lt, ne, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Datenbank, type Db, type Mandant, alsSystem, istVerbindungsfehler } from '../db/verbindung.ts';
import { benutzer, sitzung, traeger } from '../db/schema.ts';
import { nichtAngemeldet, verboten } from './problem.ts';
import type { Rolle } from './rollen.ts';

export const sitzungsCookie = 'egh_sitzung';
/** Höchstdauer einer Sitzung ab Anmeldung, auch bei ständiger Nutzung. */
const sitzungsDauerStunden = 10;
const standardLeerlaufMinuten = 30;

/**
 * Leerlauf, nach dem eine Sitzung endet (EGH_SITZUNG_LEERLAUF_MIN, Standard 30 Minuten; BSI
 * IT-Grundschutz ORP.4 / APP.3.1: Sitzungen nach Inaktivität beenden). Jede Anfrage verschiebt das
 * Ende (gleitend), höchstens bis zur Höchstdauer.
 */
export function leerlaufMinuten(env: NodeJS.ProcessEnv = process.env): number {
  const w = env.EGH_SITZUNG_LEERLAUF_MIN;
  if (w === undefined || w === '') return standardLeerlaufMinuten;
  const n = Number(w);
  if (!Number.isInteger(n) || n < 1 || n > sitzungsDauerStunden * 60)
    throw new Error(`EGH_SITZUNG_LEERLAUF_MIN „${w}“: ganze Minuten von 1 bis ${sitzungsDauerStunden * 60} erwartet.`);
  return n;
}

/** Ende der Sitzung nach einer Anfrage jetzt: nach dem Leerlauf, nie nach der Höchstdauer. */
const gleitendesEnde = (minuten: number) =>
  sql`least(${sitzung.erstelltAm} + make_interval(hours => ${sitzungsDauerStunden}), now() + make_interval(mins => ${minuten}))`;

/** Wann diese Instanz eine Sitzung zuletzt verlängert hat: höchstens einmal je Minute schreiben. */
const zuletztVerlaengert = new Map<string, number>();

/** Vergisst, wann Sitzungen verlängert wurden (Tests: die nächste Anfrage schreibt wieder). */
export function vergissVerlaengerungen(): void {
  zuletztVerlaengert.clear();
}

/**
 * Verschiebt das Ende einer gültigen Sitzung (gleitender Leerlauf). Eine abgelaufene Sitzung bleibt
 * abgelaufen. Schreibt höchstens einmal je Minute und Sitzung.
 */
export async function verlaengereSitzung(db: Db, token: string, jetzt = Date.now()): Promise<void> {
  const hash = sha256(token);
  const zuletzt = zuletztVerlaengert.get(hash);
  if (zuletzt !== undefined && jetzt - zuletzt < 60_000) return;
  if (zuletztVerlaengert.size > 10_000) zuletztVerlaengert.clear();
  zuletztVerlaengert.set(hash, jetzt);
  try {
    await alsSystem(db, (tx) =>
      tx
        .update(sitzung)
        .set({ laeuftAbAm: gleitendesEnde(leerlaufMinuten()) })
        .where(and(eq(sitzung.tokenHash, hash), gt(sitzung.laeuftAbAm, sql`now()`))),
    );
  } catch (e) {
    // Die Antwort steht schon (onSend): Bricht dabei die Verbindung des Eigentümers ab, bleibt sie,
    // wie sie ist; verlängert wird bei der nächsten Anfrage.
    zuletztVerlaengert.delete(hash);
    if (!istVerbindungsfehler(e)) throw e;
  }
}

export interface Benutzerkontext {
  benutzerId: string;
  benutzername: string;
  name: string;
  traegerId: string | null;
  traegerName: string | null;
  traegerKurzname: string | null;
  rollen: Rolle[];
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    kontext?: Benutzerkontext;
  }
}

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Der SHA-256 des Tokens je Kontext, den egh_sitzung geliefert hat (sitzungZuToken, leseMitSitzung).
 * Nicht im Kontext selbst: Der geht als JSON an den Browser.
 */
const sitzungen = new WeakMap<Benutzerkontext, string>();

/** Merkt sich, aus welcher Sitzung (SHA-256 des Tokens) der Kontext stammt. */
export function merkeSitzung(k: Benutzerkontext, tokenHash: string): Benutzerkontext {
  sitzungen.set(k, tokenHash);
  return k;
}

/**
 * Der Mandant eines Benutzerkontexts. Stammt der Kontext aus einer Sitzung, setzt die Datenbank den
 * Träger in alsMandant aus eben dieser Sitzung (egh_sitzung, unter der Laufzeitrolle); sonst (Demo,
 * Kommandozeile) der Eigentümer.
 */
export function mandantVon(k: Benutzerkontext): Mandant {
  const sitzung = sitzungen.get(k);
  return {
    traegerId: k.traegerId,
    benutzerId: k.benutzerId,
    betrieb: k.rollen.includes('plattformbetrieb'),
    ...(sitzung ? { sitzung } : {}),
  };
}

/**
 * Eine neue Sitzung für einen Benutzer, dessen Anmeldung vollständig ist (Passwort, gegebenenfalls
 * zweiter Faktor und Passwortwechsel: http/anmeldung.ts).
 */
export async function neueSitzung(db: Db, benutzerId: string): Promise<{ token: string; kontext: Benutzerkontext }> {
  const [zeile] = await alsSystem(db, (tx) =>
    tx
      .select({ b: benutzer, t: { name: traeger.name, kurzname: traeger.kurzname } })
      .from(benutzer)
      .leftJoin(traeger, eq(traeger.id, benutzer.traegerId))
      .where(eq(benutzer.id, benutzerId)),
  );
  if (!zeile) throw nichtAngemeldet();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await alsSystem(db, async (tx) => {
    await tx.insert(sitzung).values({
      tokenHash: sha256(token),
      benutzerId: zeile.b.id,
      csrfToken,
      laeuftAbAm: new Date(Date.now() + Math.min(leerlaufMinuten() * 60, sitzungsDauerStunden * 3600) * 1000),
    });
    await tx.delete(sitzung).where(lt(sitzung.laeuftAbAm, new Date()));
  });
  return {
    token,
    kontext: {
      benutzerId: zeile.b.id,
      benutzername: zeile.b.benutzername,
      name: zeile.b.name,
      traegerId: zeile.b.traegerId,
      traegerName: zeile.t?.name ?? null,
      traegerKurzname: zeile.t?.kurzname ?? null,
      rollen: zeile.b.rollen as Rolle[],
      csrfToken,
    },
  };
}

/** Alle Sitzungen eines Benutzers beenden, außer der mit `ausser` (Passwortwechsel, Zurücksetzen). */
export async function beendeSitzungen(db: Db, benutzerId: string, ausser?: string): Promise<void> {
  await alsSystem(db, (tx) =>
    tx.delete(sitzung).where(and(eq(sitzung.benutzerId, benutzerId), ausser ? ne(sitzung.tokenHash, sha256(ausser)) : undefined)),
  );
}

/**
 * Die Sitzung zum Token: eine Anweisung unter der Laufzeitrolle, über egh_sitzung (Migrationen 0003
 * und 0014: gültig, nicht abgelaufen, Benutzer aktiv) – dieselbe Prüfung wie im Rundlauf von
 * db/ein-rundlauf.ts. Der Kontext, den sie setzt, endet mit der Anweisung.
 */
export async function sitzungZuToken(d: Datenbank, token: string): Promise<Benutzerkontext | undefined> {
  const hash = sha256(token);
  const [zeilen] = await d.folge([{ name: 'egh_sitzung_pruefen', text: 'select egh_sitzung($1) as k', werte: [hash] }]);
  const k = zeilen?.[0]?.k as Benutzerkontext | null | undefined;
  return k ? merkeSitzung(k, hash) : undefined;
}

export async function abmelden(db: Db, token: string): Promise<void> {
  await alsSystem(db, (tx) => tx.delete(sitzung).where(eq(sitzung.tokenHash, sha256(token))));
}

export async function anzahlSitzungen(db: Db): Promise<number> {
  const [z] = await alsSystem(db, (tx) => tx.select({ n: count() }).from(sitzung));
  return z?.n ?? 0;
}

/** Der angemeldete Benutzer der Anfrage, sonst 401. */
export function kontext(anfrage: FastifyRequest): Benutzerkontext {
  if (!anfrage.kontext) throw nichtAngemeldet();
  return anfrage.kontext;
}

/** Verlangt mindestens eine der Rollen (sonst 403 mit Begründung). */
export function erfordereRolle(anfrage: FastifyRequest, ...erlaubt: Rolle[]): Benutzerkontext {
  const k = kontext(anfrage);
  if (!k.rollen.some((r) => erlaubt.includes(r)))
    throw verboten(
      `Diese Aktion ist der Rolle ${erlaubt.map((r) => `„${r}“`).join(' oder ')} vorbehalten; Ihre Rollen: ${k.rollen.join(', ')}.`,
    );
  return k;
}

export function erfordereTraeger(anfrage: FastifyRequest, ...erlaubt: Rolle[]): Benutzerkontext & { traegerId: string } {
  const k = erlaubt.length ? erfordereRolle(anfrage, ...erlaubt) : kontext(anfrage);
  if (!k.traegerId) throw verboten('Diese Aktion braucht einen Benutzer eines Trägers.');
  return k as Benutzerkontext & { traegerId: string };
}

export function pruefeCsrf(anfrage: FastifyRequest, k: Benutzerkontext): void {
  const kopf = anfrage.headers['x-csrf-token'];
  const a = Buffer.from(typeof kopf === 'string' ? kopf : '');
  const b = Buffer.from(k.csrfToken);
  if (a.length !== b.length || !timingSafeEqual(a, b))
    throw verboten('CSRF-Token fehlt oder passt nicht: Senden Sie das csrfToken der Anmeldung in der Kopfzeile x-csrf-token.');
}

export function setzeSitzungsCookie(antwort: FastifyReply, token: string, sicher: boolean): void {
  void antwort.setCookie(sitzungsCookie, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: sicher,
    path: '/',
    maxAge: sitzungsDauerStunden * 3600,
  });
}
