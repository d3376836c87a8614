// Zeitlich geordnete UUIDs (Version 7, RFC 9562) für Zeilen, deren Reihenfolge zählt.
import { randomBytes } from 'node:crypto';

/**
 * Eine Folge zeitlich geordneter UUIDs (Version 7, RFC 9562): Millisekunden des Anlegens der Folge,
 * dann ein fester Zufallsteil, ein Zähler (Bytes 10–13) und wieder ein fester Teil. Die Schlüssel
 * einer Folge sind aufsteigend – beim Massenimport landen sie so am rechten Rand der B-Bäume statt
 * an zufälligen Stellen, und Zeilen, die nach Datum und Schlüssel sortiert werden (Fristen gleichen
 * Tages), stehen in der Reihenfolge, in der sie entstanden sind. Eindeutig über Folgen hinweg durch
 * Zeitstempel und 42 Zufallsbits; der Zähler reicht für 4 Milliarden Schlüssel je Folge.
 */
export function uuidFolge(): { naechste: () => number; text: (zaehler: number) => string } {
  const ms = Date.now().toString(16).padStart(12, '0');
  const z = randomBytes(6).toString('hex');
  const variante = (8 + (parseInt(z[3] ?? '0', 16) & 3)).toString(16);
  const kopf = `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${z.slice(0, 3)}-${variante}${z.slice(4, 7)}-`;
  const schwanz = z.slice(7, 11);
  const text = (zaehler: number) => `${kopf}${zaehler.toString(16).padStart(8, '0')}${schwanz}`;
  let zaehler = 0;
  return { naechste: () => zaehler++, text };
}

/** Aufsteigende UUIDs als Text, je Aufruf die nächste. */
export function geordneteUuids(): () => string {
  const f = uuidFolge();
  return () => f.text(f.naechste());
}
