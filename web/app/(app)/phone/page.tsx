import type { Metadata } from 'next';
import { PhoneConnect } from '@/components/calls/phone-connect';
import { PhoneDevices } from '@/components/calls/phone-devices';
import { PageHeader } from '@/components/ui/page-header';
import { getT } from '@/i18n/server';
import { gqlRequest } from '@/lib/api';
import { MyDevicesQuery } from '@/lib/operations/calls';
import { getViewer } from '@/lib/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT('calls'))('phone.metaTitle') };
}

/** Connect a phone: a one-time QR code on request (never on merely opening the page) and the phones connected. */
export default async function PhonePage() {
  const [t, { myDevices }, viewer] = await Promise.all([getT('calls'), gqlRequest(MyDevicesQuery), getViewer()]);
  return (
    <>
      <PageHeader title={t('phone.title')} description={t('phone.subtitle')} />
      <PhoneConnect />
      <PhoneDevices devices={myDevices} timeZone={viewer.timeZone} />
    </>
  );
}
