// ETag und If-Match: jeder Datensatz hat eine Versionsnummer; eine Änderung braucht den Stand,
// auf dem sie beruht (optimistische Sperre, RFC 9110 § 13.1.1).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ifMatchFehlt } from './problem.ts';

export function etag(version: number): string {
  return `"${version}"`;
}

export function setzeEtag(antwort: FastifyReply, version: number): void {
  void antwort.header('etag', etag(version));
}

/** Die Version aus If-Match; ohne If-Match 428 (RFC 6585 § 3). */
export function erwarteteVersion(anfrage: FastifyRequest): number {
  const kopf = anfrage.headers['if-match'];
  if (typeof kopf !== 'string' || kopf.trim() === '') throw ifMatchFehlt();
  return versionAusEtag(kopf);
}

/** Höchste Version (Spalte integer in PostgreSQL). */
const hoechsteVersion = 2 ** 31 - 1;

/**
 * Die Version in einem ETag. Ein ETag, das nie ausgegeben wurde – auch eine Zahl jenseits der
 * Spalte –, passt zu keiner Version: 412 durch Version −1.
 */
export function versionAusEtag(kopf: string): number {
  const m = /^(?:W\/)?"(\d{1,10})"$/.exec(kopf.trim());
  const v = m ? Number(m[1]) : -1;
  return v <= hoechsteVersion ? v : -1;
}
