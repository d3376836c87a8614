// Auskunft nach Art. 15 DSGVO (Issue 18): Die Rolle Datenschutz bekommt alles, was ihr Träger über
// eine Person hält, als ein Archiv mit deutschem Inhaltsverzeichnis – jeden Datensatz der Person und
// nichts über eine andere Person; andere Rollen und andere Träger bekommen nichts.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
let datenschutz: Client;
let schwaben: Client;

beforeAll(async () => {
  u = await baueUmgebung();
  [datenschutz, schwaben] = await Promise.all([u.als('datenschutz.schwaben'), u.als('schwaben')]);
}, 120_000);
afterAll(async () => u?.schliessen());

interface Person {
  id: string;
  pseudonym: string;
  nachname: string;
  vorname: string;
}

describe(`Auskunft nach Art. 15 DSGVO (${testDb})`, () => {
  it('das Archiv enthält jeden Datensatz der Person mit Protokoll und Inhaltsverzeichnis und nichts über andere Personen', async () => {
    // Die Person Schwabens mit den meisten Erstattungsansprüchen.
    const [p] = await u.datenbank.roh<Person & { n: number }>(
      `select p.id, p.pseudonym, p.nachname, p.vorname, count(e.id)::int as n
         from person p join traeger t on t.id = p.traeger_id
         left join fall f on f.person_id = p.id
         left join erstattungsanspruch e on e.fall_id = f.id or e.person_pseudonym = p.pseudonym
        where t.name = 'Bezirk Schwaben' group by p.id order by n desc, p.id limit 1`,
    );
    expect(p?.n).toBeGreaterThan(0);
    const person = p as Person;
    const faelle = await u.datenbank.roh<{ id: string; aktenzeichen: string }>('select id, aktenzeichen from fall where person_id = $1', [
      person.id,
    ]);
    const ansprueche = await u.datenbank.roh<{ id: string }>(
      `select id from erstattungsanspruch where person_pseudonym = $2 or fall_id in (select id from fall where person_id = $1)`,
      [person.id, person.pseudonym],
    );
    // Ein Zugriff der Kostenerstattung, der im Protokoll der Auskunft stehen muss.
    expect((await schwaben.get(`/api/v1/erstattungsansprueche/${ansprueche[0]?.id}`)).statusCode).toBe(200);

    const suche = await datenschutz.get(`/api/v1/auskunft/personen?suche=${encodeURIComponent(person.nachname)}`);
    expect(suche.statusCode, suche.body).toBe(200);
    expect(suche.json<{ eintraege: Person[] }>().eintraege.map((e) => e.id)).toContain(person.id);

    const r = await datenschutz.get(`/api/v1/auskunft/personen/${person.id}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(String(r.headers['content-type'])).toBe('application/zip');
    expect(String(r.headers['content-disposition'])).toBe(`attachment; filename="auskunft-${person.pseudonym}.zip"`);
    const dateien = unzipSync(new Uint8Array(r.rawPayload));
    const namen = Object.keys(dateien);
    const text = (n: string) => strFromU8(dateien[n] ?? new Uint8Array());
    const json = <T>(n: string) => JSON.parse(text(n)) as T;

    expect(json<Person>('person.json')).toMatchObject({ id: person.id, nachname: person.nachname });
    const fallDateien = namen.filter((n) => n.startsWith('faelle/'));
    expect(fallDateien.map((n) => json<{ id: string }>(n).id).sort()).toEqual(faelle.map((f) => f.id).sort());
    const anspruchDateien = namen.filter((n) => n.startsWith('erstattungsansprueche/'));
    expect(anspruchDateien.map((n) => json<{ id: string }>(n).id).sort()).toEqual(ansprueche.map((a) => a.id).sort());
    for (const n of anspruchDateien) expect(json<{ leistungszeitraeume: unknown[] }>(n).leistungszeitraeume.length).toBeGreaterThan(0);

    const inhalt = text('Inhaltsverzeichnis.txt');
    expect(inhalt).toContain('Auskunft nach Art. 15 DSGVO und § 83 SGB X');
    expect(inhalt).toContain(`Betroffene Person: ${person.vorname} ${person.nachname}`);
    expect(inhalt).toContain(`- erstattungsansprueche/: ${ansprueche.length} Erstattungsanspruch`);
    const protokoll = text('protokoll.csv');
    // Mit Byte-Order-Mark, damit Tabellenprogramme UTF-8 erkennen (der Decoder entfernt sie).
    expect([...(dateien['protokoll.csv'] ?? []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(protokoll.split('\r\n')[0]).toBe('Zeit;Benutzer;Aktion;Objekt;Kennung;Einzelheiten');
    expect(protokoll).toMatch(new RegExp(`schwaben;gelesen;Erstattungsanspruch;${ansprueche[0]?.id}`));

    // Nichts über andere Personen: weder Namen noch Pseudonyme in einer Textdatei des Archivs.
    const andere = await u.datenbank.roh<{ nachname: string; pseudonym: string }>(
      'select nachname, pseudonym from person where id <> $1 and nachname <> $2',
      [person.id, person.nachname],
    );
    const alles = namen
      .filter((n) => /\.(json|txt|csv)$/.test(n))
      .map(text)
      .join('\n');
    for (const a of andere) {
      expect(alles).not.toContain(a.pseudonym);
      if (a.nachname.length >= 4) expect(alles).not.toMatch(new RegExp(`\\b${a.nachname}\\b`));
    }

    // Die Auskunft selbst steht im Protokoll, mit der Person.
    const [eintrag] = await u.datenbank.roh<{ aktion: string; person_id: string }>(
      `select aktion, person_id from protokoll where objekt_art = 'person' and objekt_id = $1 and aktion = 'exportieren'`,
      [person.id],
    );
    expect(eintrag).toMatchObject({ aktion: 'exportieren', person_id: person.id });
  });

  it('nur die Rolle Datenschutz, nur der eigene Träger; ein zu kurzer Suchbegriff wird am Feld gemeldet', async () => {
    const [fremd] = await u.datenbank.roh<{ id: string }>(
      `select p.id from person p join traeger t on t.id = p.traeger_id where t.name <> 'Bezirk Schwaben' limit 1`,
    );
    expect((await schwaben.get(`/api/v1/auskunft/personen/${fremd?.id}`)).statusCode).toBe(403);
    expect((await datenschutz.get(`/api/v1/auskunft/personen/${fremd?.id}`)).statusCode).toBe(404);
    const kurz = await datenschutz.get('/api/v1/auskunft/personen?suche=M');
    expect(kurz.statusCode).toBe(400);
    expect(kurz.json<{ fehler: { pfad: string }[] }>().fehler[0]?.pfad).toBe('/suche');
  });
});
