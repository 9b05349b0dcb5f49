import { ValidateBy, type ValidationOptions } from 'class-validator';

const TIME_ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** An IANA time zone this Node.js knows, e.g. Europe/Moscow or Asia/Yekaterinburg. */
export const isTimeZone = (value: string) => TIME_ZONES.has(value);

/** class-validator decorator for IANA time-zone fields; each input words its own message. */
export const IsTimeZone = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isTimeZone', validator: { validate: (value: unknown) => typeof value === 'string' && isTimeZone(value) } }, options);
