// Was die Sachbearbeitung liest, enthält keine internen Verweise: jede Begründung und jeder
// Hinweis, den die Szenarien (alle *.szenarien.json) erzeugen, wird mit interneMarker() geprüft –
// so, wie fuerSachbearbeitung() sie ausgibt (Text und öffentliche Fundstelle).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuerSachbearbeitung, interneMarker, istProblem, pruefe } from './index.ts';

const verzeichnis = join(import.meta.dirname, 'pruefungen');
const dateien = readdirSync(verzeichnis).filter((d) => d.endsWith('.szenarien.json'));

describe('Texte für die Sachbearbeitung ohne interne Verweise', () => {
  it.each(dateien)('%s', (datei) => {
    const szenarien = JSON.parse(readFileSync(join(verzeichnis, datei), 'utf8')) as { name: string; eingabe: unknown }[];
    const funde: string[] = [];
    let texte = 0;
    for (const s of szenarien) {
      const r = pruefe(s.eingabe);
      if (istProblem(r)) continue;
      const t = fuerSachbearbeitung(r);
      const saetze = [
        ...t.begruendung.flatMap((b) => [b.norm, b.text, b.fundstelle ?? '']),
        ...t.hinweise.flatMap((h) => [h.text, h.fundstelle ?? '']),
      ];
      texte += saetze.length;
      for (const satz of saetze) {
        const m = interneMarker(satz);
        if (m.length > 0) funde.push(`${m.join(', ')} in „${satz}“`);
      }
    }
    expect(texte).toBeGreaterThan(0);
    expect([...new Set(funde)]).toEqual([]);
  });
});
