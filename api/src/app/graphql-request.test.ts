import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { assertNotCsrf, HttpRequestError, parseContentType } from './graphql-request';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('parseContentType', () => {
  it.each([
    ['application/json', { essence: 'application/json', charset: undefined }],
    ['Application/JSON; charset=UTF-8', { essence: 'application/json', charset: 'utf-8' }],
    ['text/plain;charset="latin1"', { essence: 'text/plain', charset: 'latin1' }],
    ['json', null],
    ['', null],
  ])('%s', (header, expected) => {
    expect(parseContentType(header)).toEqual(expected);
  });
});

describe('assertNotCsrf', () => {
  it('lets through what a browser must preflight: JSON, other non-simple types, or a preflight header', () => {
    for (const headers of <Array<Record<string, string>>>[
      { 'content-type': 'application/json' },
      { 'content-type': 'application/graphql-response+json' },
      { 'content-type': 'not a type' },
      { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
      { 'x-apollo-operation-name': 'Me' },
    ]) {
      expect(() => assertNotCsrf(request(headers))).not.toThrow();
    }
  });

  it('refuses what a cross-site form or simple fetch can send', () => {
    for (const headers of <Array<Record<string, string>>>[{}, { 'content-type': 'text/plain' }, { 'content-type': 'multipart/form-data; boundary=x' }, { 'content-type': 'application/x-www-form-urlencoded', 'apollo-require-preflight': '' }]) {
      expect(() => assertNotCsrf(request(headers))).toThrow(HttpRequestError);
    }
  });
});
