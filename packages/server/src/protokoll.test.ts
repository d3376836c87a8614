// Das Protokoll in Namen: wer (Name des Benutzers) hat was (deutsches Verb) mit welchem Datensatz
// (Aktenzeichen) getan, Einzelheiten mit deutschen Feldnamen, Beträge als 1.234,56 € – ohne
// UUIDs, Schlüssel oder Feldnamen (interneMarker) in dem, was die Oberfläche zeigt.
import { interneMarker } from '@egh/recht';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let schwaben: Client;
let datenschutz: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  [schwaben, datenschutz] = await Promise.all([u.als('schwaben'), u.als('datenschutz.schwaben')]);
}, 120_000);
afterAll(async () => u?.schliessen());

interface Eintrag {
  objektId: string | null;
  aktion: string;
  details: Record<string, unknown>;
  darstellung: { benutzer: string; aktion: string; objekt: string; person: string | null; einzelheiten: { feld: string; wert: string }[] };
}

describe(`Protokoll in Namen (${testDb})`, () => {
  it('zeigt Benutzer, Datensatz und Einzelheiten in Namen, Beträge als Geld, ohne interne Kennungen', async () => {
    const a = (
      await schwaben.post('/api/v1/erstattungsansprueche', {
        aktenzeichen: 'S-KE-2025-0900',
        verpflichteterId: 'bezirk-mittelfranken',
        rechtsgrundlage: {
          leistungsbeginn: '2025-01-01',
          verfahren: { zahlenderTraeger: 'zweiter', weitergeleitet: true, weiterleitungRechtzeitig: true },
          zahlender: { art: 'egh' },
          verpflichteter: { art: 'egh', insgesamtZustaendig: true },
        },
        leistungszeitraeume: [{ von: '2025-01-01', bis: '2025-01-31', betragCent: 150000 }],
        kenntnisEntscheidung: '2025-01-15',
      })
    ).json();
    const geaendert = await schwaben.patch(
      `/api/v1/erstattungsansprueche/${a.id}`,
      { kenntnisEntscheidung: '2025-01-20' },
      { 'if-match': `"${a.version}"` },
    );
    expect(geaendert.statusCode).toBe(200);
    await schwaben.get(`/api/v1/erstattungsansprueche/${a.id}`);
    await schwaben.get('/api/v1/faelle');
    // Eine Zahlung, wie sie der Verpflichtete protokolliert (Betrag in Cent in den Rohdaten).
    await u.datenbank.roh(
      `insert into protokoll (traeger_id, benutzer_id, benutzername, aktion, objekt_art, objekt_id, details)
       select 'bezirk-schwaben', id, benutzername, 'uebergang', 'erstattungsanspruch', $1, $2::jsonb from benutzer where benutzername = 'schwaben'`,
      [a.id, JSON.stringify({ aktion: 'zahlung', betragCent: 1000000, datum: '2025-06-02', nachher: 'TeilweiseAnerkannt' })],
    );

    const p = await datenschutz.get('/api/v1/protokoll?proSeite=200');
    expect(p.statusCode).toBe(200);
    const eintraege = p.json().eintraege as Eintrag[];
    const zumAnspruch = eintraege.filter((e) => e.objektId === a.id);
    expect(new Set(zumAnspruch.map((e) => e.darstellung.aktion))).toEqual(
      new Set(['Status gewechselt', 'gelesen', 'geändert', 'angelegt']),
    );
    for (const e of zumAnspruch) {
      expect(e.darstellung.objekt).toBe('Erstattungsanspruch S-KE-2025-0900');
      expect(e.darstellung.benutzer).toMatch(/\(schwaben\)$/);
    }
    const [zahlung, aenderung, anlage] = ['uebergang', 'aendern', 'anlegen'].map((x) => zumAnspruch.find((e) => e.aktion === x));
    // jsonb ordnet die Schlüssel selbst; die Reihenfolge zählt hier nicht.
    expect(zahlung?.darstellung.einzelheiten).toHaveLength(4);
    expect(zahlung?.darstellung.einzelheiten).toEqual(
      expect.arrayContaining([
        { feld: 'Arbeitsschritt', wert: 'Zahlung erfasst' },
        { feld: 'Betrag', wert: '10.000,00 €' },
        { feld: 'Datum', wert: '02.06.2025' },
        { feld: 'Status nachher', wert: 'Teilweise anerkannt' },
      ]),
    );
    expect(aenderung?.darstellung.einzelheiten).toEqual([{ feld: 'Geänderte Angaben', wert: 'Kenntnis der Entscheidung' }]);
    expect(anlage?.darstellung.einzelheiten).toContainEqual({
      feld: 'Verpflichteter Träger',
      wert: expect.stringMatching(/Mittelfranken/),
    });

    const liste = eintraege.find((e) => e.aktion === 'auflisten');
    expect(liste?.darstellung.objekt).toBe('Liste der Fälle');
    expect(liste?.darstellung.einzelheiten.find((x) => x.feld === 'Betroffene Personen')?.wert).toMatch(
      /^(keine|1 Person|[\d.]+ Personen)$/,
    );

    const funde = eintraege.flatMap((e) => {
      const d = e.darstellung;
      const texte = [d.benutzer, d.aktion, d.objekt, d.person ?? '', ...d.einzelheiten.flatMap((x) => [x.feld, x.wert])];
      return texte.flatMap((t) => interneMarker(t).map((m) => `${m} in „${t}“`));
    });
    expect(funde).toEqual([]);
  });
});
