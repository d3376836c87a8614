// Die Schriften werden einmal je Prozess geladen und gesetzte Wörter gemerkt (pdf.ts). Ein Brief
// muss trotzdem derselbe sein, gleich welche Briefe der Prozess vorher gesetzt hat – auch der
// Text, den man aus dem PDF kopiert (z. B. die Ligatur „ﬁ“ gegenüber „fi“).
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { beispiele } from './beispiele.ts';
import { renderBrief, type Vorlage, vorlagen } from './index.ts';
import { setze } from './pdf.ts';
import { pdfText } from './pruefhilfen.ts';

/** Der Text, den man aus dem PDF kopiert (pdf.js ohne Normalisierung: Ligaturen bleiben, wie das PDF sie zuordnet). */
async function kopierterText(pdf: Uint8Array): Promise<string> {
  return (await pdfText(pdf, { wieKopiert: true })).text.replace(/\s+/g, ' ').trim();
}

/** Das PDF ohne Erstellungszeit und Dokumentkennung (die sich mit der Uhr ändern). */
function ohneZeit(pdf: Uint8Array): string {
  return Buffer.from(pdf)
    .toString('latin1')
    .replace(/\(D:[0-9Z'+-]+\)/g, '(D:)')
    .replace(/<xmp:CreateDate>[^<]*</g, '<xmp:CreateDate><')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID []');
}

function dokument(text: string): TDocumentDefinitions {
  return {
    content: [{ text }, { text, bold: true }, { text, italics: true }],
    defaultStyle: { font: 'FiraSans' },
  };
}

describe('PDF-Satz mit einmal geladenen Schriften', () => {
  it('ein Dokument ist Byte für Byte dasselbe, gleich welche Dokumente vorher gesetzt wurden; kopierter Text bleibt, wie er getippt wurde', async () => {
    // „ﬁ“ (U+FB01) und „fi“ (Ligatur aus f und i) ergeben dieselbe Glyphe; im PDF muss jede für ihre Zeichen stehen.
    const mitZeichen = 'Die ﬁnanzielle Erstattung, ﬂießend; Kosten\u00ADerstattung 1\u00A0234,56\u00A0€';
    const ohneZeichen = 'Die finanzielle Erstattung, fließend; Kostenerstattung 1\u00A0234,56\u00A0€';
    const zuerst = await setze(dokument(mitZeichen));
    expect(await kopierterText(zuerst)).toContain('ﬁnanzielle Erstattung, ﬂießend');
    const danach = await setze(dokument(ohneZeichen));
    expect(await kopierterText(danach)).toContain('Die finanzielle Erstattung, fließend');
    expect(await kopierterText(danach)).not.toMatch(/[ﬁﬂ]/);
    await setze(dokument('Schiff, Affäre, oﬀen, § 14 Abs. 4 Satz 3 SGB IX, „Zitat“ … ½'));
    expect(ohneZeit(await setze(dokument(mitZeichen)))).toBe(ohneZeit(zuerst));
  });

  it('jeder Brief ist derselbe, ob er als erster oder nach allen anderen gesetzt wird', async () => {
    const daten = beispiele();
    const arten = Object.keys(vorlagen) as Vorlage[];
    const vorwaerts = new Map<Vorlage, string>();
    for (const v of arten) vorwaerts.set(v, ohneZeit(await renderBrief(v, daten[v] as never)));
    for (const v of [...arten].reverse()) expect(ohneZeit(await renderBrief(v, daten[v] as never)), v).toBe(vorwaerts.get(v));
  }, 60_000);
});
