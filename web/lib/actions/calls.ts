'use server';

import QRCode from 'qrcode';
import { z } from 'zod';
import { getT } from '@/i18n/server';
import { tryGqlRequest } from '../api';
import { commonMessages, localizeApiMessage } from '../forms';
import type { CallRequestItemFragment } from '../gql/graphql';
import { CancelCallRequestMutation, CreatePhoneLoginTokenMutation, MyDevicesQuery, RequestCallMutation } from '../operations/calls';

export type CallActionResult = { ok: true; request: CallRequestItemFragment; hasDevice: boolean } | { ok: false; message: string };

const callTarget = z.object({
  phone: z.string().trim().min(1).max(50),
  companyId: z.guid().nullable(),
  contactId: z.guid().nullable(),
});

async function failure(error: Parameters<typeof localizeApiMessage>[0]): Promise<{ ok: false; message: string }> {
  return { ok: false, message: localizeApiMessage(error, commonMessages(await getT('common'))) };
}

/** Sends the number to the viewer's own phone; also tells whether he has a phone that can receive it. */
export async function requestCallAction(target: z.input<typeof callTarget>): Promise<CallActionResult> {
  const parsed = callTarget.safeParse(target);
  if (!parsed.success) return { ok: false, message: (await getT('calls'))('button.invalid') };
  const [requested, devices] = await Promise.all([tryGqlRequest(RequestCallMutation, parsed.data), tryGqlRequest(MyDevicesQuery)]);
  if (!requested.ok) return failure(requested.error);
  return { ok: true, request: requested.data.requestCall, hasDevice: !devices.ok || devices.data.myDevices.length > 0 };
}

export async function cancelCallRequestAction(id: string): Promise<CallActionResult> {
  if (!z.guid().safeParse(id).success) return { ok: false, message: (await getT('calls'))('button.invalid') };
  const cancelled = await tryGqlRequest(CancelCallRequestMutation, { id });
  if (!cancelled.ok) return failure(cancelled.error);
  return { ok: true, request: cancelled.data.cancelCallRequest, hasDevice: true };
}

export type PhoneLoginCode = { ok: true; svg: string; url: string; expiresAt: string } | { ok: false; message: string };

/**
 * A fresh one-time sign-in code for the viewer's phone, with its QR code drawn here as SVG (no image service,
 * nothing of the code leaves this server but to the viewer). A mutation, so never made by merely opening a page.
 */
export async function createPhoneLoginCodeAction(): Promise<PhoneLoginCode> {
  const created = await tryGqlRequest(CreatePhoneLoginTokenMutation);
  if (!created.ok) return failure(created.error);
  const { qrPayload, url, expiresAt } = created.data.createPhoneLoginToken;
  const svg = await QRCode.toString(qrPayload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { ok: true, svg, url, expiresAt };
}
