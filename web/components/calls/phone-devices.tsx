import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon } from '@/components/ui/icon';
import { getFormatter, getT } from '@/i18n/server';
import type { MyDevicesQuery } from '@/lib/gql/graphql';
import styles from './phone-connect.module.css';

export async function PhoneDevices({ devices, timeZone }: { devices: MyDevicesQuery['myDevices']; timeZone: string }) {
  const [t, format] = await Promise.all([getT('calls'), getFormatter(timeZone)]);
  const now = new Date();
  return (
    <Card className={styles.devices}>
      <CardHeader title={t('phone.devices')} />
      {devices.length === 0 ? (
        <EmptyState icon="phone" title={t('phone.noDevices')} />
      ) : (
        <ul className={styles.deviceList} data-testid="phone-devices">
          {devices.map((device) => (
            <li key={device.id} className={styles.device}>
              <Icon name="phone" size={16} />
              <span className={styles.deviceName}>{device.name}</span>
              <span className={styles.muted}>
                {device.appVersion && <>{device.appVersion} · </>}
                {device.lastSeenAt ? t('phone.lastSeen', { when: format.relativeTime(new Date(device.lastSeenAt), now) }) : t('phone.neverSeen')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
