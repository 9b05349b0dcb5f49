import pino from 'pino';

/** Paths that must never reach a log line: credentials, tokens and personal contact data. */
const redact = [
  'password', '*.password', 'token', '*.token', 'accessToken', '*.accessToken', 'refreshToken', '*.refreshToken',
  'authorization', '*.authorization', 'headers.authorization', 'headers.cookie', 'req.headers.authorization',
  'req.headers.cookie', 'variables', '*.variables', 'phone', '*.phone', 'email', '*.email',
];

export type Logger = pino.Logger;

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  const options = { level, redact: { paths: redact, censor: '[redacted]' }, base: { service: 'pulse-api' } };
  return destination ? pino(options, destination) : pino(options);
}

/** "+79123456789" → "+7912***6789": enough to tell calls apart in a log, not enough to dial. */
export function maskPhone(e164: string): string {
  return e164.length > 8 ? `${e164.slice(0, 5)}***${e164.slice(-4)}` : '***';
}
