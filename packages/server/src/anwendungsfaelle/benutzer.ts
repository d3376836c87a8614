// Benutzer anlegen (CLI `egh benutzer anlegen`, Demo-Daten). Ohne Demo-Daten gibt es kein
// Standardpasswort: der erste Administrator wird mit der CLI angelegt.
import { eq } from 'drizzle-orm';
import { benutzer, traeger } from '../db/schema.ts';
import { type Db, alsSystem } from '../db/verbindung.ts';
import { hashePasswort } from '../http/passwort.ts';
import { type Rolle, rollen } from '../http/rollen.ts';

export interface NeuerBenutzer {
  benutzername: string;
  name: string;
  passwort: string;
  traegerId: string | null;
  rollen: Rolle[];
}

export async function legeBenutzerAn(db: Db, b: NeuerBenutzer): Promise<{ id: string }> {
  if (!/^[a-z0-9][a-z0-9._-]{1,60}$/.test(b.benutzername))
    throw new Error(`Benutzername „${b.benutzername}“: nur Kleinbuchstaben, Ziffern, Punkt, Binde- und Unterstrich (2–61 Zeichen).`);
  if (b.passwort.length < 4) throw new Error('Passwort: mindestens 4 Zeichen (empfohlen: 12 oder mehr).');
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
      .values({ benutzername: b.benutzername, name: b.name, passwortHash: hashWert, traegerId: b.traegerId, rollen: b.rollen })
      .returning({ id: benutzer.id });
    if (!neu) throw new Error('Benutzer konnte nicht angelegt werden.');
    return neu;
  });
}
