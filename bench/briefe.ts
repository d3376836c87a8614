// Benchmarks der Briefe (Issue 5): (a) Briefe je Sekunde auf einem Kern – alle acht Vorlagen
// reihum mit den Beispieldaten (Entscheidungen echt aus dem Regelwerk), PDF mit eingebetteter
// Fira Sans; dazu Briefe je CPU-Sekunde des Prozesses (weniger empfindlich, wenn andere Prozesse
// die Kerne teilen); (b) Median und p99 der Setzzeit eines Briefs; (c) XRechnungen (UBL) je Sekunde.
import { type Vorlage, briefDefinition, erzeugeXRechnung, renderBrief, vorlagen } from '../packages/briefe/src/index.ts';
import { setze as setzePdf } from '../packages/briefe/src/pdf.ts';
import { beispiele, cottbus, prignitz } from '../packages/briefe/src/beispiele.ts';
import { type Messwert, gib, runde } from './messung.ts';

function quantil(werte: number[], q: number): number {
  const s = [...werte].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

export async function benchBriefe(quick: boolean): Promise<Messwert[]> {
  const daten = beispiele();
  const arten = Object.keys(vorlagen) as Vorlage[];
  const setze = (v: Vorlage) => renderBrief(v, daten[v] as never);
  // Aufwärmen: jede Vorlage einmal (JIT; pdf.ts lädt und zerlegt die Schriften einmal je Prozess).
  for (const v of arten) await setze(v);

  const runden = quick ? 2 : 10;
  const zeiten: number[] = [];
  let bytes = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let r = 0; r < runden; r++)
    for (const v of arten) {
      const t = performance.now();
      bytes += (await setze(v)).byteLength;
      zeiten.push(performance.now() - t);
    }
  const sekunden = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSekunden = (cpu.user + cpu.system) / 1e6;

  // Aufwand von Tags und PDF/A im selben Lauf: dieselben Definitionen abwechselnd schlicht und als
  // getaggtes PDF/A gesetzt (Issue 14: Briefe je Sekunde höchstens 20 % weniger, d. h. Zeit je
  // Brief höchstens × 1,25). Abwechselnd, damit Last anderer Prozesse beide Seiten gleich trifft.
  // Jede Definition frisch (pdfmake verändert sie beim Setzen), außerhalb der gemessenen Zeit.
  let zeitSchlicht = 0;
  let zeitPdfa = 0;
  for (let r = 0; r < runden; r++)
    for (const v of arten) {
      const schlicht = briefDefinition(v, daten[v] as never);
      const pdfa = briefDefinition(v, daten[v] as never);
      let t = performance.now();
      await setzePdf(schlicht, 'schlicht');
      zeitSchlicht += performance.now() - t;
      t = performance.now();
      await setzePdf(pdfa, 'pdfa');
      zeitPdfa += performance.now() - t;
    }

  const rechnung = {
    nummer: 'AH-45366E9EB255',
    datum: '2025-07-30',
    verkaeufer: {
      name: cottbus.name,
      anschrift: cottbus.anschrift,
      // Kennung des Rechnungsstellers (BT-29, BR-CO-26): seine Leitweg-ID.
      leitwegId: '12052000-50-64',
      iban: cottbus.iban ?? null,
      kontakt: { telefon: cottbus.telefon ?? null, email: cottbus.email ?? null },
    },
    kaeufer: { name: prignitz.name, anschrift: prignitz.anschrift, leitwegId: prignitz.leitwegId ?? null },
    positionen: [{ bezeichnung: 'Pauschale für Gesamtplanung', betragCent: 25000 }],
    summeCent: 25000,
  };
  await erzeugeXRechnung(rechnung);
  const anzahlRechnungen = quick ? 20 : 200;
  const xStart = performance.now();
  for (let i = 0; i < anzahlRechnungen; i++) await erzeugeXRechnung({ ...rechnung, nummer: `AH-${i}` });
  const xSekunden = (performance.now() - xStart) / 1000;

  return [
    gib({ name: 'briefe.pdf.letters_per_s', value: runde(zeiten.length / sekunden), unit: 'letters/s' }),
    gib({ name: 'briefe.pdf.letters_per_cpu_s', value: runde(zeiten.length / cpuSekunden), unit: 'letters/cpu-s' }),
    gib({ name: 'briefe.pdf.ratio_pdfa_to_plain', value: runde(zeitPdfa / zeitSchlicht), unit: 'ratio', target: { max: 1.25 } }),
    gib({ name: 'briefe.pdf.p50_ms', value: runde(quantil(zeiten, 0.5)), unit: 'ms' }),
    gib({ name: 'briefe.pdf.p99_ms', value: runde(quantil(zeiten, 0.99)), unit: 'ms' }),
    gib({ name: 'briefe.pdf.mean_kb', value: runde(bytes / zeiten.length / 1024), unit: 'KiB' }),
    gib({ name: 'briefe.xrechnung.invoices_per_s', value: runde(anzahlRechnungen / xSekunden), unit: 'invoices/s' }),
  ];
}
