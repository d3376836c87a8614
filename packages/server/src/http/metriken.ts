// Metriken im Textformat von Prometheus (prom-client, Issue 18): Anfragen je Route und Status,
// Dauer als Histogramm je Route, Fehler (5xx), Verbindungen der Pools, Läufe der Aufträge
// (Import, Nachberechnung) und offene Fristen. Die Labels sind Routenmuster
// (/api/v1/faelle/:id), nie Pfade mit Kennungen oder Abfrageparameter: keine Sozialdaten, keine
// unbegrenzte Zahl von Zeitreihen. Erreichbar nur mit Token (EGH_METRIKEN_TOKEN, routen/gesundheit.ts).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Datenbank } from '../db/verbindung.ts';

/**
 * Läufe der Aufträge im Prozess – je Modul gezählt, nicht je App: Der Import und die Nachberechnung
 * beim Start kennen die App nicht. /metrics führt dieses Register mit dem der App zusammen.
 */
export const auftragsRegister = new Registry();
export const auftraege = new Counter({
  name: 'egh_auftraege_total',
  help: 'Beendete Läufe der Aufträge nach Art und Ergebnis (import: veroeffentlicht/verworfen; nachberechnung: ok).',
  labelNames: ['auftrag', 'ergebnis'] as const,
  registers: [auftragsRegister],
});

export interface Metriken {
  registry: Registry;
  /** Zählt eine beantwortete Anfrage. */
  anfrage(methode: string, route: string, status: number, sekunden: number): void;
  /** Alle Metriken im Textformat (application/openmetrics… nicht: Prometheus-Text 0.0.4). */
  text(): Promise<string>;
  contentType: string;
}

/** Die Grenzen der Histogramm-Eimer in Sekunden: eine Leseanfrage dauert Millisekunden, ein Import Sekunden. */
const eimer = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function erzeugeMetriken(d: Datenbank, heute: () => string): Metriken {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'egh_' });
  const anfragen = new Counter({
    name: 'egh_http_anfragen_total',
    help: 'Beantwortete HTTP-Anfragen nach Methode, Routenmuster und Status.',
    labelNames: ['methode', 'route', 'status'] as const,
    registers: [registry],
  });
  const fehler = new Counter({
    name: 'egh_http_fehler_total',
    help: 'Anfragen, die mit einem Serverfehler (Status 500 und höher) endeten, nach Routenmuster.',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const dauer = new Histogram({
    name: 'egh_http_dauer_sekunden',
    help: 'Dauer der Anfragen in Sekunden nach Methode und Routenmuster.',
    labelNames: ['methode', 'route'] as const,
    buckets: eimer,
    registers: [registry],
  });
  new Gauge({
    name: 'egh_db_verbindungen',
    help: 'Verbindungen der PostgreSQL-Pools (laufzeit: Arbeit für Träger; eigentuemer: Migration und Systemarbeit) nach Zustand.',
    labelNames: ['pool', 'zustand'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const p of d.pools?.() ?? []) {
        this.set({ pool: p.name, zustand: 'gesamt' }, p.gesamt);
        this.set({ pool: p.name, zustand: 'frei' }, p.frei);
        this.set({ pool: p.name, zustand: 'wartend' }, p.wartend);
      }
    },
  });
  new Gauge({
    name: 'egh_fristen_offen',
    help: 'Offene Fristen aller Träger: überfällig, fällig in den nächsten 7 Tagen, später.',
    labelNames: ['faelligkeit'] as const,
    registers: [registry],
    async collect() {
      // Als Eigentümer (roh) über alle Träger; nur Zahlen, keine Datensätze.
      const [z] = await d.roh<{ ueberfaellig: number; woche: number; spaeter: number }>(
        `select count(*) filter (where faellig < $1::date)::int as ueberfaellig,
                count(*) filter (where faellig >= $1::date and faellig <= $1::date + 7)::int as woche,
                count(*) filter (where faellig > $1::date + 7)::int as spaeter
           from frist where not erledigt`,
        [heute()],
      );
      this.set({ faelligkeit: 'ueberfaellig' }, z?.ueberfaellig ?? 0);
      this.set({ faelligkeit: 'naechste_7_tage' }, z?.woche ?? 0);
      this.set({ faelligkeit: 'spaeter' }, z?.spaeter ?? 0);
    },
  });
  return {
    registry,
    contentType: registry.contentType,
    anfrage(methode, route, status, sekunden) {
      anfragen.inc({ methode, route, status: String(status) });
      dauer.observe({ methode, route }, sekunden);
      if (status >= 500) fehler.inc({ route, status: String(status) });
    },
    text: () => Registry.merge([registry, auftragsRegister]).metrics(),
  };
}
