// Plausibilität der Rechnungen (szenarien.md SC-37, recht.md OQ-11): nur Hinweise, keine Korrektur.
import type { Begruendung } from '../../gemeinsam/ergebnis.ts';
import { euro } from '../../gemeinsam/geld.ts';
import { datum, deutschesDatum, spaeter, tageEinschliesslich } from '../../kalender/datum.ts';
import { bruch, runde } from './bruch.ts';
import type { ErstattungsanspruchEingabe, Rechnungspruefung } from './typen.ts';

export function rechnungspruefung(e: ErstattungsanspruchEingabe, b: Begruendung): Rechnungspruefung[] {
  const ergebnis: Rechnungspruefung[] = [];
  e.leistungen.forEach((x, i) => {
    const r = x.rechnung;
    if (!r) return;
    const p: Rechnungspruefung = {
      leistung: i,
      zeitraumAbweichend: null,
      vorschlagCent: null,
      stundensatzAbweichend: null,
      erwartetMinCent: null,
      erwartetMaxCent: null,
      durchschnittStundensatzCent: null,
    };
    if (r.von && r.bis) {
      const rv = datum(r.von);
      const rb = datum(r.bis);
      p.zeitraumAbweichend = r.von !== x.von || r.bis !== x.bis;
      if (p.zeitraumAbweichend) {
        const ueberlappung = tageEinschliesslich(spaeter(rv, datum(x.von)), rb < datum(x.bis) ? rb : datum(x.bis));
        const gesamt = tageEinschliesslich(rv, rb);
        const proRata = (x.je ?? 'zeitraum') === 'zeitraum';
        if (proRata) p.vorschlagCent = runde(bruch(BigInt(x.betragCent) * BigInt(ueberlappung), BigInt(gesamt)));
        b.hinweis(
          'PERIOD_MISMATCH',
          `Leistung ${i + 1}: Die Rechnung umfasst ${deutschesDatum(rv)}–${deutschesDatum(rb)}, erstattet werden soll ${deutschesDatum(datum(x.von))}–${deutschesDatum(datum(x.bis))}.${
            p.vorschlagCent !== null
              ? ` Vorschlag anteilig nach Kalendertagen: ${ueberlappung}/${gesamt} × ${euro(x.betragCent)} = ${euro(p.vorschlagCent)}.`
              : ''
          } Der Betrag wird nicht automatisch korrigiert.`,
        );
      }
    }
    if (r.stunden !== undefined) {
      const hundertstel = BigInt(Math.round(r.stunden * 100));
      if (hundertstel > 0n) p.durchschnittStundensatzCent = runde(bruch(BigInt(x.betragCent) * 100n, hundertstel));
      const saetze = r.stundensaetzeCent ?? [];
      if (saetze.length > 0) {
        const min = Math.min(...saetze);
        const max = Math.max(...saetze);
        p.erwartetMinCent = runde(bruch(hundertstel * BigInt(min), 100n));
        p.erwartetMaxCent = runde(bruch(hundertstel * BigInt(max), 100n));
        p.stundensatzAbweichend = x.betragCent < p.erwartetMinCent || x.betragCent > p.erwartetMaxCent;
        if (p.stundensatzAbweichend)
          b.hinweis(
            'INVOICE_RATE_MISMATCH',
            `Leistung ${i + 1}: ${String(r.stunden).replace('.', ',')} Stunden zu ${saetze.map((s) => euro(s)).join(' bzw. ')} ergäben ${
              min === max ? euro(p.erwartetMinCent) : `${euro(p.erwartetMinCent)} bis ${euro(p.erwartetMaxCent)}`
            }; die Rechnung lautet auf ${euro(x.betragCent)} (durchschnittlich ${euro(p.durchschnittStundensatzCent ?? 0)} je Stunde). Der Betrag wird nicht automatisch korrigiert.`,
          );
      }
    }
    ergebnis.push(p);
  });
  return ergebnis;
}
