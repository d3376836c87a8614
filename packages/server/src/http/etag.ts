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
  const m = /^(?:W\/)?"(\d+)"$/.exec(kopf.trim());
  // Ein ETag, das nie ausgegeben wurde, passt zu keiner Version: 412 durch Version −1.
  return m ? Number(m[1]) : -1;
}
