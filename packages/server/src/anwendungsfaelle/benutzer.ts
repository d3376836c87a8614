// Benutzer anlegen (CLI `egh benutzer anlegen`, Demo-Daten), Erstpasswort und zweiten Faktor
// zurücksetzen (Administration). Ohne Demo-Daten gibt es kein Standardpasswort: der erste
// Administrator wird mit der CLI angelegt, sein Erstpasswort muss er bei der ersten Anmeldung ändern.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { benutzer, traeger, zweiterFaktor } from '../db/schema.ts';
import { type Db, alsSystem } from '../db/verbindung.ts';
import { hashePasswort } from '../http/passwort.ts';
import { passwortFehler } from '../http/passwort-richtlinie.ts';
import { nichtGefunden, verboten } from '../http/problem.ts';
import { type Rolle, rollen } from '../http/rollen.ts';
import { type Benutzerkontext, beendeSitzungen } from '../http/sitzung.ts';

export interface NeuerBenutzer {
  benutzername: string;
  name: string;
  passwort: string;
  traegerId: string | null;
  rollen: Rolle[];
  /**
   * Nur Demo-Daten: ein Demo-Konto (Passwort „demo“) ohne Passwortregeln und ohne Pflicht zum
   * Wechsel. Nie für echte Konten.
   */
  demoKonto?: boolean;
}

/** Ein zufälliges Erstpasswort (16 Zeichen, 96 Bit), das die Passwortregeln erfüllt. */
export function erzeugeErstpasswort(benutzername: string): string {
  for (;;) {
    const p = randomBytes(12).toString('base64url');
    if (!passwortFehler(p, { benutzername })) return p;
  }
}

export async function legeBenutzerAn(db: Db, b: NeuerBenutzer): Promise<{ id: string }> {
  if (!/^[a-z0-9][a-z0-9._-]{1,60}$/.test(b.benutzername))
    throw new Error(`Benutzername „${b.benutzername}“: nur Kleinbuchstaben, Ziffern, Punkt, Binde- und Unterstrich (2–61 Zeichen).`);
  const regel = b.demoKonto ? null : passwortFehler(b.passwort, b);
  if (regel) throw new Error(`Passwort: ${regel}`);
  if (!b.rollen.length) throw new Error('Rolle: mindestens eine Rolle angeben.');
  for (const r of b.rollen) if (!rollen.includes(r)) throw new Error(`Rolle „${r}“ gibt es nicht; erlaubt: ${rollen.join(', ')}.`);
  const betrieb = b.rollen.includes('plattformbetrieb');
  if (!betrieb && !b.traegerId) throw new Error('Träger: Pflichtangabe (außer für den Plattformbetrieb).');
  const hashWert = await hashePasswort(b.passwort);
  return alsSystem(db, async (tx) => {
    if (b.traegerId) {
      const [t] = await tx.select({ id: traeger.id }).from(traeger).where(eq(traeger.id, b.traegerId));
      if (!t) throw new Error(`Träger „${b.traegerId}“ ist nicht im Register.`);
    }
    const [vorhanden] = await tx.select({ id: benutzer.id }).from(benutzer).where(eq(benutzer.benutzername, b.benutzername));
    if (vorhanden) throw new Error(`Benutzername „${b.benutzername}“ ist schon vergeben.`);
    const [neu] = await tx
      .insert(benutzer)
      .values({
        benutzername: b.benutzername,
        name: b.name,
        passwortHash: hashWert,
        traegerId: b.traegerId,
        rollen: b.rollen,
        // Ein Passwort, das jemand anderes gesetzt hat, ist ein Erstpasswort.
        passwortAendern: !b.demoKonto,
      })
      .returning({ id: benutzer.id });
    if (!neu) throw new Error('Benutzer konnte nicht angelegt werden.');
    return neu;
  });
}

/**
 * Wen darf `k` zurücksetzen? Die Administration die Benutzer ihres Trägers, der Plattformbetrieb
 * alle; niemand sich selbst (dafür braucht es eine zweite Person). `null`: die Kommandozeile mit
 * Zugriff auf die Datenbank (Betrieb), etwa wenn die einzige Administration ihr Telefon verlor.
 */
async function zuVerwaltenderBenutzer(db: Db, k: Benutzerkontext | null, benutzername: string) {
  const [b] = await alsSystem(db, (tx) => tx.select().from(benutzer).where(eq(benutzer.benutzername, benutzername)));
  if (!k) {
    if (!b) throw nichtGefunden(`Benutzer „${benutzername}“`);
    return b;
  }
  const betrieb = k.rollen.includes('plattformbetrieb');
  if (!b || (!betrieb && b.traegerId !== k.traegerId)) throw nichtGefunden(`Benutzer „${benutzername}“`);
  if (b.id === k.benutzerId) throw verboten('Das eigene Konto setzt eine andere Person der Administration zurück.');
  if (!betrieb && !k.rollen.includes('administration'))
    throw verboten('Nur die Administration oder der Plattformbetrieb setzen Konten zurück.');
  return b;
}

/** Der zweite Faktor wird gelöscht; bei Pflicht richtet der Benutzer ihn bei der nächsten Anmeldung neu ein. */
export async function setzeZweitenFaktorZurueck(db: Db, k: Benutzerkontext | null, benutzername: string): Promise<void> {
  const b = await zuVerwaltenderBenutzer(db, k, benutzername);
  await alsSystem(db, (tx) => tx.delete(zweiterFaktor).where(eq(zweiterFaktor.benutzerId, b.id)));
  await beendeSitzungen(db, b.id);
}

/** Ein neues Erstpasswort (nur einmal angezeigt); alle Sitzungen des Benutzers enden. */
export async function setzeErstpasswort(db: Db, k: Benutzerkontext | null, benutzername: string): Promise<string> {
  const b = await zuVerwaltenderBenutzer(db, k, benutzername);
  const erstpasswort = erzeugeErstpasswort(b.benutzername);
  const passwortHash = await hashePasswort(erstpasswort);
  await alsSystem(db, (tx) =>
    tx.update(benutzer).set({ passwortHash, passwortAendern: true, geaendertAm: new Date() }).where(eq(benutzer.id, b.id)),
  );
  await beendeSitzungen(db, b.id);
  return erstpasswort;
}
