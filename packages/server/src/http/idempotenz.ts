// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): Ein anlegender POST mit
// demselben Schlüssel wird nicht zweimal ausgeführt; die erste Antwort wird wiederholt. Der
// Schlüssel wird in derselben Transaktion gespeichert wie der neue Datensatz.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { idempotenz } from '../db/schema.ts';
import { type Db, type Tx, alsMandant } from '../db/verbindung.ts';
import { Fachfehler } from './problem.ts';
import { type Benutzerkontext, mandantVon } from './sitzung.ts';

export interface Antwort {
  status: number;
  body: unknown;
  kopfzeilen?: Record<string, string>;
}

function fingerabdruck(anfrage: FastifyRequest): string {
  return `${anfrage.method} ${anfrage.url} ${createHash('sha256')
    .update(JSON.stringify(anfrage.body ?? null))
    .digest('hex')}`;
}

function sende(antwort: FastifyReply, a: Antwort, wiederholt = false): FastifyReply {
  for (const [name, wert] of Object.entries(a.kopfzeilen ?? {})) void antwort.header(name, wert);
  if (wiederholt) void antwort.header('idempotent-replayed', 'true');
  return antwort.status(a.status).send(a.body);
}

export async function mitIdempotenz(
  db: Db,
  anfrage: FastifyRequest,
  antwort: FastifyReply,
  k: Benutzerkontext,
  fn: (tx: Tx) => Promise<Antwort>,
): Promise<FastifyReply> {
  const kopf = anfrage.headers['idempotency-key'];
  const schluessel = typeof kopf === 'string' ? kopf.trim() : '';
  if (!schluessel) return sende(antwort, await alsMandant(db, mandantVon(k), fn));
  if (schluessel.length > 200)
    throw new Fachfehler(400, 'eingabe', 'Ungültige Eingabe', 'Idempotency-Key ist zu lang (höchstens 200 Zeichen).');
  const abdruck = fingerabdruck(anfrage);
  const versuche = async (): Promise<{ a: Antwort; wiederholt: boolean }> =>
    alsMandant(db, mandantVon(k), async (tx) => {
      const [vorher] = await tx
        .select()
        .from(idempotenz)
        .where(and(eq(idempotenz.benutzerId, k.benutzerId), eq(idempotenz.schluessel, schluessel)));
      if (vorher) {
        if (vorher.anfrage !== abdruck)
          throw new Fachfehler(
            422,
            'idempotenz',
            'Idempotency-Key schon verwendet',
            'Dieser Idempotency-Key wurde bereits für eine andere Anfrage verwendet.',
          );
        return { a: { status: vorher.status, body: vorher.antwort, kopfzeilen: vorher.kopfzeilen }, wiederholt: true };
      }
      const a = await fn(tx);
      await tx.insert(idempotenz).values({
        benutzerId: k.benutzerId,
        schluessel,
        anfrage: abdruck,
        status: a.status,
        antwort: a.body,
        kopfzeilen: a.kopfzeilen ?? {},
      });
      return { a, wiederholt: false };
    });
  try {
    const r = await versuche();
    return sende(antwort, r.a, r.wiederholt);
  } catch (e) {
    // Zwei gleichzeitige Anfragen mit demselben Schlüssel: die zweite scheitert am Primärschlüssel
    // und liefert danach die gespeicherte Antwort der ersten.
    if (istEindeutigkeitsverletzung(e)) {
      const r = await versuche();
      return sende(antwort, r.a, true);
    }
    throw e;
  }
}

export function istEindeutigkeitsverletzung(e: unknown): boolean {
  for (let x: unknown = e; x && typeof x === 'object'; x = (x as { cause?: unknown }).cause)
    if ((x as { code?: string }).code === '23505') return true;
  return false;
}
