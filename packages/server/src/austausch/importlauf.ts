// Import in Schritten (Migration 0015): Auf PGlite hat der Server eine einzige Verbindung; ein
// großer Import in einer Transaktion hielte jede andere Anfrage auf, bis er fertig ist. Deshalb
// schreibt der Massenpfad dort Stapel für Stapel in kurzen Transaktionen, jede Zeile markiert mit
// ihrem Lauf (import_lauf) und damit für niemanden sichtbar (Zeilensicherheit), die Protokollzeilen
// daneben in import_protokoll. Sichtbar wird alles auf einmal in einer kurzen Transaktion
// (veroeffentliche); ein Fehler löscht den Lauf (verwerfe), ein abgebrochener Prozess beim
// nächsten Start (raeumeLaeufeAuf). Alles oder nichts bleibt so gewahrt.
import { randomUUID } from 'node:crypto';
import type { Datenbank } from '../db/verbindung.ts';
import { inRohtransaktion } from './rohzugriff.ts';
import { auftraege } from '../http/metriken.ts';

/** Legt einen Lauf an und gibt seine Kennung zurück. */
export async function beginneLauf(d: Datenbank, traegerId: string): Promise<string> {
  const id = randomUUID();
  await inRohtransaktion(d, (t) => t.abfrage('insert into import_lauf (id, traeger_id) values ($1, $2)', [id, traegerId]));
  return id;
}

/**
 * Macht alle Zeilen des Laufs in einer kurzen Transaktion sichtbar (der Lauf verschwindet; die
 * Zeilensicherheit blendet nur Zeilen eines bestehenden Laufs aus) und schreibt sein Protokoll.
 * Danach werden die Markierungen schrittweise zurückgesetzt (nur Ordnung: sichtbar sind die Zeilen
 * schon, und die Prüfung der Zeilensicherheit wird wieder so billig wie vorher).
 */
export async function veroeffentliche(d: Datenbank, lauf: string): Promise<void> {
  await inRohtransaktion(d, async (t) => {
    await t.abfrage(
      `insert into protokoll (traeger_id, benutzer_id, benutzername, aktion, objekt_art, objekt_id, details)
       select traeger_id, benutzer_id, benutzername, aktion, objekt_art, objekt_id, details from import_protokoll where import_lauf = $1 order by nr`,
      [lauf],
    );
    await t.abfrage('delete from import_lauf where id = $1', [lauf]);
  });
  await inSchritten(d, lauf, (tabelle, auswahl) => `update ${tabelle} set import_lauf = null where ctid = any (array(${auswahl}))`);
  auftraege.inc({ auftrag: 'import', ergebnis: 'veroeffentlicht' });
}

const jeSchritt = 500;

const weiter = () => new Promise<void>((w) => setImmediate(w));

/** Bearbeitet die markierten Zeilen des Laufs in kurzen Transaktionen zu je höchstens 500 Zeilen. */
async function inSchritten(d: Datenbank, lauf: string, anweisung: (tabelle: string, auswahl: string) => string): Promise<void> {
  for (const tabelle of ['frist', 'entscheidung', 'erstattungsanspruch'])
    for (;;) {
      const auswahl = `select ctid from ${tabelle} where import_lauf = $1 limit ${jeSchritt}`;
      const [r] = await inRohtransaktion(d, (t) =>
        t.abfrage<{ n: number }>(`with x as (${anweisung(tabelle, auswahl)} returning 1) select count(*)::int as n from x`, [lauf]),
      );
      await weiter();
      if (!r?.n) break;
    }
}

/**
 * Löscht alle Zeilen des Laufs, in kurzen Transaktionen (Zeiträume folgen ihrem Anspruch,
 * ON DELETE CASCADE), zuletzt den Lauf mit seinen Protokollzeilen. Bis dahin bleiben die Zeilen
 * unsichtbar – auch wenn der Prozess mittendrin endet.
 */
export async function verwerfe(d: Datenbank, lauf: string): Promise<void> {
  await inSchritten(d, lauf, (tabelle, auswahl) => `delete from ${tabelle} where ctid = any (array(${auswahl}))`);
  await inRohtransaktion(d, (t) => t.abfrage('delete from import_lauf where id = $1', [lauf]));
  auftraege.inc({ auftrag: 'import', ergebnis: 'verworfen' });
}

/**
 * Beim Start (nur PGlite: ein Prozess je Datenverzeichnis, also läuft kein Import mehr): Läufe, die
 * nicht veröffentlicht wurden (Prozess abgebrochen), löschen; Markierungen veröffentlichter Läufe
 * zurücksetzen. Gibt die Zahl der gelöschten Läufe zurück.
 */
export async function raeumeLaeufeAuf(d: Datenbank): Promise<number> {
  if (d.art !== 'pglite') return 0;
  const laeufe = await inRohtransaktion(d, (t) => t.abfrage<{ id: string }>('select id from import_lauf'));
  for (const { id } of laeufe) await verwerfe(d, id);
  await inRohtransaktion(d, async (t) => {
    for (const tabelle of ['frist', 'entscheidung', 'erstattungsanspruch'])
      await t.abfrage(`update ${tabelle} set import_lauf = null where import_lauf is not null`);
  });
  return laeufe.length;
}
