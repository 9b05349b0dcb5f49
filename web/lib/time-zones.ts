import { utcOffsetLabel } from './time';

/** Russia's zones west to east: the choices for users and branches. */
export const RUSSIAN_TIME_ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
] as const;

export type RussianTimeZone = (typeof RUSSIAN_TIME_ZONES)[number];

export function isRussianTimeZone(value: string): value is RussianTimeZone {
  return (RUSSIAN_TIME_ZONES as readonly string[]).includes(value);
}

/**
 * Select options "Екатеринбург (UTC+5)"; zones already in use elsewhere (e.g. a branch abroad) are kept as
 * options under their IANA name so editing never silently changes them.
 */
export function timeZoneOptions(cityName: (zone: RussianTimeZone) => string, alsoInclude: readonly string[] = []) {
  const extra = alsoInclude.filter((zone, index) => zone && !isRussianTimeZone(zone) && alsoInclude.indexOf(zone) === index);
  return [
    ...RUSSIAN_TIME_ZONES.map((zone) => ({ value: zone, label: `${cityName(zone)} (${utcOffsetLabel(zone)})` })),
    ...extra.map((zone) => ({ value: zone, label: `${zone} (${utcOffsetLabel(zone)})` })),
  ];
}
