// Lesen von CSV (RFC 4180, Excel-Varianten) und XLSX, Zellformate: was eine Sachbearbeiterin aus
// Excel speichert, kommt unverändert an; Fehler nennen den Wert.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { liesZeilen, schreibeTabelle, zerlegeCsv } from './dateien.ts';
import { liesBetrag, liesDatum } from './zellen.ts';

async function alle(daten: Buffer) {
  const aus = [];
  for await (const z of liesZeilen(daten).zeilen) aus.push(z);
  return aus;
}

describe('CSV lesen', () => {
  it('liest Semikolon, Anführungszeichen, verdoppelte Anführungszeichen und Zeilenumbrüche im Feld; Zeilennummern wie in Excel', async () => {
    const text = '\uFEFFA;B;C\r\n1;"x; y";"sagt ""ja"""\r\n\r\n2;"zwei\r\nZeilen";z\r\n3;{"a": 1};\r\n';
    const z = await alle(Buffer.from(text));
    expect(z).toEqual([
      { nummer: 1, zellen: ['A', 'B', 'C'] },
      { nummer: 2, zellen: ['1', 'x; y', 'sagt "ja"'] },
      { nummer: 4, zellen: ['2', 'zwei\r\nZeilen', 'z'] },
      { nummer: 6, zellen: ['3', '{"a": 1}', ''] },
    ]);
  });

  it('erkennt Komma als Trennzeichen und Windows-1252 (Umlaute aus älteren Excel-Versionen)', async () => {
    const z = await alle(Buffer.from([...Buffer.from('Name,Ort\r\nM'), 0xfc, ...Buffer.from('ller,K'), 0xf6, ...Buffer.from('ln\r\n')]));
    expect(z[1]?.zellen).toEqual(['Müller', 'Köln']);
  });

  it('lässt einen unvollständigen Datensatz am Ende eines Stücks für das nächste Stück stehen', () => {
    const r = zerlegeCsv('a;b\n1;"offen\nnoch', ';', 1, false);
    expect(r.zeilen).toEqual([{ nummer: 1, zellen: ['a', 'b'] }]);
    expect(r.rest).toBe('1;"offen\nnoch');
    expect(() => zerlegeCsv(r.rest, ';', 2, true)).toThrow('Anführungszeichen in Zeile 2 wird nicht geschlossen.');
  });
});

describe('XLSX schreiben und lesen', () => {
  it('Datums- und Betragszellen kommen als Datum und Betrag zurück', async () => {
    const strom = new PassThrough();
    const teile: Buffer[] = [];
    strom.on('data', (d: Buffer) => teile.push(d));
    await schreibeTabelle(
      strom,
      'xlsx',
      'Test',
      [
        { kopf: 'Datum', art: 'datum' },
        { kopf: 'Betrag', art: 'betrag' },
        { kopf: 'Text', art: 'text' },
      ],
      [['2024-02-29', 123456, 'Ä;"x"']],
    );
    const z = await alle(Buffer.concat(teile));
    expect(z[0]?.zellen).toEqual(['Datum', 'Betrag', 'Text']);
    const [d, b, t] = z[1]?.zellen ?? [];
    expect(liesDatum(d ?? null)).toEqual({ ok: true, wert: '2024-02-29' });
    expect(liesBetrag(b ?? null)).toEqual({ ok: true, wert: 123456 });
    expect(t).toBe('Ä;"x"');
  });
});

describe('Zellformate', () => {
  it('Daten: TT.MM.JJJJ, T.M.JJJJ, JJJJ-MM-TT; ein 30. Februar ist kein Datum', () => {
    expect(liesDatum('01.02.2024')).toEqual({ ok: true, wert: '2024-02-01' });
    expect(liesDatum('1.2.2024')).toEqual({ ok: true, wert: '2024-02-01' });
    expect(liesDatum('2024-02-01')).toEqual({ ok: true, wert: '2024-02-01' });
    expect(liesDatum('30.02.2024')).toEqual({ ok: false, meldung: 'Kein gültiges Datum (TT.MM.JJJJ): „30.02.2024“.' });
  });

  it('Beträge: 1.234,56 und 1234,5 und 1234.56 in Cent; negative und unklare Beträge werden abgelehnt', () => {
    expect(liesBetrag('1.234,56')).toEqual({ ok: true, wert: 123456 });
    expect(liesBetrag('1234,5')).toEqual({ ok: true, wert: 123450 });
    expect(liesBetrag('1234.56 €')).toEqual({ ok: true, wert: 123456 });
    expect(liesBetrag('-5,00')).toEqual({ ok: false, meldung: 'Der Betrag darf nicht negativ sein.' });
    expect(liesBetrag('1.234')).toEqual({ ok: true, wert: 123400 });
    expect(liesBetrag('12,345').ok).toBe(false);
  });
});
