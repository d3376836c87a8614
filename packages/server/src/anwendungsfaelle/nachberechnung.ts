// Nachberechnungen nach einer Migration, die SQL allein nicht leisten kann: Migration 0005
// (drizzle/0005_massnahmen.sql) legt die Aufgabe „S111_LEISTUNGSFALL“ an; der Start
// (server.ts, bereiteDatenbankVor) rechnet dann Fristen (frist, leistungszeitraum.frist_ende und
// gewahrt) und Entscheidungsdatensätze jedes bestehenden Anspruchs mit dem Regelwerk neu – § 111
// SGB X je Leistungsfall statt je Zeitraum – und löscht die Aufgabe, alles in einer Transaktion.
import { asc, eq } from 'drizzle-orm';
import { erstattungsanspruch, nachberechnung } from '../db/schema.ts';
import { type Db, alsSystem } from '../db/verbindung.ts';
import type { Benutzerkontext } from '../http/sitzung.ts';
import { entscheideAnspruch } from './erstattung.ts';
import { heute } from './gemeinsam.ts';

/** Der Urheber der Nachberechnung: kein Benutzer (erstellt_von bleibt leer), ohne Träger. */
const system: Benutzerkontext = {
  benutzerId: '',
  benutzername: 'system',
  name: 'Nachberechnung beim Start',
  traegerId: null,
  traegerName: null,
  traegerKurzname: null,
  rollen: [],
  csrfToken: '',
};

/**
 * Arbeitet offene Nachberechnungen ab; gibt die Zahl der neu berechneten Ansprüche zurück. Laufen
 * mehrere Instanzen zugleich an, wartet die zweite an der Zeile der Aufgabe und findet sie danach
 * gelöscht vor.
 */
export async function fuehreNachberechnungenAus(db: Db, stichtag = heute()): Promise<number> {
  return alsSystem(db, async (tx) => {
    const [aufgabe] = await tx.delete(nachberechnung).where(eq(nachberechnung.aufgabe, 'S111_LEISTUNGSFALL')).returning();
    if (!aufgabe) return 0;
    const ansprueche = await tx.select().from(erstattungsanspruch).orderBy(asc(erstattungsanspruch.id));
    for (const a of ansprueche) await entscheideAnspruch(tx, system, a, stichtag);
    return ansprueche.length;
  });
}
