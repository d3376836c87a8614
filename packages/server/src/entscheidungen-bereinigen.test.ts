// Migration 0011: gespeicherte Entscheidungen verlieren die internen Verweise, die ältere
// Fassungen des Regelwerks in Begründung und Hinweise schrieben (recht.md-Abschnitte, OQ-/SEED-
// Nummern, [DESIGN], Feldnamen, „die Engine“); Ergebnis und Fragenummer im Feld frage bleiben.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interneMarker } from '@egh/recht';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Umgebung, baueUmgebung, testDb } from './test/umgebung.ts';

let u: Umgebung;
beforeAll(async () => {
  u = await baueUmgebung({ demo: false });
}, 120_000);
afterAll(async () => u?.schliessen());

const migration = readFileSync(join(import.meta.dirname, '../drizzle/0011_begruendung_ohne_interne_verweise.sql'), 'utf8')
  .split('--> statement-breakpoint')
  .map((s) => s.trim())
  .filter(Boolean);

// Texte, wie sie frühere Fassungen des Regelwerks gespeichert haben.
const alteBegruendung = [
  {
    norm: '§ 111 Satz 1 SGB X',
    text: '[DESIGN] Für die Verschiebung des Endes der Ausschlussfrist gelten die Feiertage im Land des erstattungspflichtigen Trägers (recht.md §4.5 Nr. 3).',
  },
  {
    norm: '§ 37 Abs. 2 Satz 1 SGB X',
    text: 'Bekanntgabe: Freitag, 03.01.2025. Quelle der Tageszahl: SGB X i. d. F. der Bekanntmachung vom 18.01.2001 (BGBl. I S. 130), Stand 2021 (recht.md §5.6).',
  },
];
const alteHinweise = [
  {
    code: 'OFFENE_RECHTSFRAGE',
    frage: 'OQ-4',
    text: 'RECHTSFRAGE (OQ-4): Ob § 108 Abs. 2 SGB X zwischen Trägern der Eingliederungshilfe gilt, ist offen.',
  },
  {
    code: 'OFFENE_RECHTSFRAGE',
    frage: 'OQ-10',
    text: 'RECHTSFRAGE (OQ-10): Offen ist die Teilbewilligung (Mehrkostenvorbehalt wie in SEED-004 mit 76,21 € täglich). Die Engine weist als Obergrenze 2.286,30 € monatlich aus (kostenuebernahmeBisCentProMonat).',
  },
  {
    code: 'REFERENZ_UNGEPRUEFT',
    text: 'Einige genannte Entscheidungen sind ungeprüft (recht.md §6.3: [V-SEC]/[UNVERIFIED]); vor einer Verwendung am Original prüfen.',
  },
  {
    code: 'BEITRITT_VOR_BEGINN',
    text: 'Beitreten kann man frühestens ab diesem Tag (SEED-000). Die Mitgliedschaft wird ab diesem Tag gerechnet.',
  },
  {
    code: 'UNTERBRECHUNG_GETEILT',
    text: 'Die Teile werden nicht zusammengezählt ([DESIGN]: die Zeit der Behandlung gilt als Leistungsbezug).',
  },
];

describe(`Migration 0011: gespeicherte Begründungen ohne interne Verweise (${testDb})`, () => {
  it('bereinigt alte Texte, lässt Ergebnis und Fragenummer stehen', async () => {
    const [zeile] = await u.datenbank.roh<{ id: string }>(
      `insert into entscheidung (parteien, bezug_art, bezug_id, pruefung, eingabe, ergebnis, begruendung, hinweise, regelwerk_version)
       values ('{bezirk-schwaben}', 'erstattungsanspruch', gen_random_uuid(), 'erstattungsfristen', '{}', '{"status":"S111_OK"}', $1::jsonb, $2::jsonb, '0.0.9')
       returning id`,
      [JSON.stringify(alteBegruendung), JSON.stringify(alteHinweise)],
    );
    for (const s of migration) await u.datenbank.roh(s);
    const [neu] = await u.datenbank.roh<{
      ergebnis: unknown;
      begruendung: { norm: string; text: string }[];
      hinweise: { code: string; frage?: string; text: string }[];
    }>('select ergebnis, begruendung, hinweise from entscheidung where id = $1', [zeile?.id]);
    expect(neu?.ergebnis).toEqual({ status: 'S111_OK' });
    expect(neu?.begruendung.map((b) => b.text)).toEqual([
      'Für die Verschiebung des Endes der Ausschlussfrist gelten die Feiertage im Land des erstattungspflichtigen Trägers.',
      'Bekanntgabe: Freitag, 03.01.2025. Quelle der Tageszahl: SGB X i. d. F. der Bekanntmachung vom 18.01.2001 (BGBl. I S. 130), Stand 2021.',
    ]);
    expect(neu?.hinweise.map((h) => h.text)).toEqual([
      'Offene Rechtsfrage: Ob § 108 Abs. 2 SGB X zwischen Trägern der Eingliederungshilfe gilt, ist offen.',
      'Offene Rechtsfrage: Offen ist die Teilbewilligung (Mehrkostenvorbehalt wie im Urteil des SG Freiburg vom 01.03.2011 – S 9 SO 2640/10 mit 76,21 € täglich). Die Prüfung weist als Obergrenze 2.286,30 € monatlich aus.',
      'Einige genannte Entscheidungen sind ungeprüft; vor einer Verwendung am Original prüfen.',
      'Beitreten kann man frühestens ab diesem Tag. Die Mitgliedschaft wird ab diesem Tag gerechnet.',
      'Die Teile werden nicht zusammengezählt (die Zeit der Behandlung gilt als Leistungsbezug).',
    ]);
    expect(neu?.hinweise.map((h) => h.frage)).toEqual(['OQ-4', 'OQ-10', undefined, undefined, undefined]);
    const texte = [...(neu?.begruendung ?? []), ...(neu?.hinweise ?? [])].map((x) => x.text);
    expect(texte.flatMap(interneMarker)).toEqual([]);
  });

  it('bereinigt die Quellen der Träger aus früheren Stammdaten', async () => {
    await u.datenbank.roh(`update traeger set quelle = 'recht.md §1.1' where id = 'lvr'`);
    await u.datenbank.roh(`update traeger set quelle = 'recht.md §1.1, SEED-000 (Rundschreiben 08/2024)' where id = 'lasv-bb'`);
    for (const s of migration) await u.datenbank.roh(s);
    const quellen = await u.datenbank.roh<{ id: string; quelle: string | null }>('select id, quelle from traeger where quelle is not null');
    expect(quellen.find((q) => q.id === 'lvr')?.quelle).toBe(
      'Verwaltungsvereinbarung zur Amtshilfe in der Eingliederungshilfe (BAGüS), Stand 01.01.2025',
    );
    expect(quellen.flatMap((q) => interneMarker(q.quelle ?? ''))).toEqual([]);
  });
});
