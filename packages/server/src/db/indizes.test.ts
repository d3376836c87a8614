// Was jeder Abruf eines Anspruchs liest (Zeiträume, Zahlungen, Entscheidungen, Fristen), muss
// PostgreSQL über einen Index finden können – sonst liest es bei jedem Abruf die ganze Tabelle
// aller Träger und prüft bei jeder Zeile die Zeilensicherheit. Geprüft mit enable_seqscan = off:
// Ohne passenden Index bleibt es beim sequenziellen Lesen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Umgebung, baueUmgebung, testDb } from '../test/umgebung.ts';

let u: Umgebung;
beforeAll(async () => {
  u = await baueUmgebung({ demo: false });
}, 120_000);
afterAll(async () => u?.schliessen());

const id = '018f0000-0000-7000-8000-000000000001';
const abfragen: [string, string, string][] = [
  ['Zeiträume', `select * from leistungszeitraum where anspruch_id = '${id}' order by von`, 'leistungszeitraum_anspruch_idx'],
  ['Zahlungen', `select * from zahlung where anspruch_id = '${id}' order by datum`, 'zahlung_anspruch_idx'],
  ['Entscheidungen', `select * from entscheidung where bezug_id = '${id}' order by erstellt_am desc`, 'entscheidung_bezug_idx'],
  ['Fristen', `select * from frist where bezug_id = '${id}' order by faellig`, 'frist_bezug_idx'],
];

describe(`Indizes für den Abruf eines Anspruchs (${testDb})`, () => {
  it.each(abfragen)('%s eines Anspruchs: über einen Index', async (_was, abfrage, index) => {
    const [, plan] = await u.datenbank.folge([
      { name: 'index_test_ohne_seqscan', text: `select set_config('enable_seqscan', 'off', true)`, werte: [] },
      { name: `index_test_${index}`, text: `explain ${abfrage}`, werte: [] },
    ]);
    const text = (plan ?? []).map((z) => String(Object.values(z)[0])).join('\n');
    expect(text).toContain(index);
    expect(text).not.toMatch(/Seq Scan/);
  });
});
