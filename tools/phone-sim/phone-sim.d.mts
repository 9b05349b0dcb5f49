import { EventEmitter } from 'node:events';

export interface PhoneSimOptions {
  url: string;
  deviceId: string;
  deviceName?: string;
  mode?: 'push' | 'longpoll';
  waitSeconds?: number;
  autoClaim?: boolean;
  dialMs?: number;
  outcome?: 'CONNECTED' | 'NO_ANSWER' | 'BUSY' | 'REJECTED' | 'FAILED' | 'UNKNOWN';
  durationSeconds?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface SimCallRequest {
  id: string;
  phone: string;
  phoneE164: string;
  note: string | null;
  status: string;
  companyId: string | null;
  contactId: string | null;
  expiresAt: string;
  createdAt: string;
}

export interface SimCall {
  id: string;
  clientId: string;
  callRequestId: string | null;
  companyId: string | null;
  contactId: string | null;
  phone: string;
  direction: string;
  outcome: string;
  source: string;
  startedAt: string;
  durationSeconds: number;
  isColdCall: boolean;
}

export interface SimCallInput {
  clientId?: string;
  callRequestId?: string | null;
  companyId?: string | null;
  contactId?: string | null;
  phone: string;
  direction?: string;
  outcome?: string;
  startedAt?: string;
  durationSeconds?: number;
  isColdCall?: boolean;
  note?: string | null;
}

export declare class PhoneSimError extends Error {
  errors: Array<{ message: string; extensions?: Record<string, any> }>;
  code: string | null;
  extensions: Record<string, any>;
}

export declare class PhoneSim extends EventEmitter {
  constructor(options: PhoneSimOptions);
  readonly deviceId: string;
  mode: 'push' | 'longpoll';
  autoClaim: boolean;
  accessToken: string | null;
  refreshToken: string | null;
  user: { id: string; fullName: string } | null;
  offline: boolean;
  connected: boolean;
  running: boolean;
  queue: Array<Record<string, unknown>>;
  loginWithQrToken(tokenOrPayload: string): Promise<{ accessToken: string; refreshToken: string; user: { id: string; fullName: string } }>;
  loginWithPassword(email: string, password: string, appVersion?: string): Promise<unknown>;
  setSession(session: { accessToken: string; refreshToken?: string | null; user?: { id: string; fullName: string } }): void;
  refresh(): Promise<boolean>;
  start(): Promise<void>;
  stop(): Promise<void>;
  setOffline(offline: boolean): Promise<void>;
  claim(id: string): Promise<SimCallRequest>;
  record(call: SimCallInput): Promise<SimCall | Record<string, unknown>>;
  flush(): Promise<SimCall[]>;
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { anonymous?: boolean }): Promise<T>;
  requestFull<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { anonymous?: boolean }): Promise<{ data: T; extensions: Record<string, any> }>;
}
