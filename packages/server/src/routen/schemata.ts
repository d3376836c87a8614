// Gemeinsame Schemabausteine der Routen.
export const landSchema = {
  type: 'string',
  enum: ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'],
} as const;

export const datumSchema = { type: 'string', format: 'date' } as const;
/** Datum oder null – als ein Schema, damit ein unmögliches Datum eine Meldung ergibt (nicht zusätzlich „erwartet null“ aus anyOf). */
export const datumOderNullSchema = { type: ['string', 'null'], format: 'date' } as const;

export const idParams = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' } },
  required: ['id'],
} as const;

export const centSchema = { type: 'integer', minimum: 0, maximum: 1e13 } as const;
