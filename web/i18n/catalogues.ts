import enAdmin from '@/messages/en/admin.json';
import enAnalytics from '@/messages/en/analytics.json';
import enAuth from '@/messages/en/auth.json';
import enCommon from '@/messages/en/common.json';
import enCalls from '@/messages/en/calls.json';
import enCompanies from '@/messages/en/companies.json';
import enNotifications from '@/messages/en/notifications.json';
import enSearch from '@/messages/en/search.json';
import enShell from '@/messages/en/shell.json';
import enTasks from '@/messages/en/tasks.json';
import ruAdmin from '@/messages/ru/admin.json';
import ruAnalytics from '@/messages/ru/analytics.json';
import ruAuth from '@/messages/ru/auth.json';
import ruCommon from '@/messages/ru/common.json';
import ruCalls from '@/messages/ru/calls.json';
import ruCompanies from '@/messages/ru/companies.json';
import ruNotifications from '@/messages/ru/notifications.json';
import ruSearch from '@/messages/ru/search.json';
import ruShell from '@/messages/ru/shell.json';
import ruTasks from '@/messages/ru/tasks.json';
import type { AppLocale } from './config';

/** Russian is the source catalogue; English must have the same keys (checked by the type below). */
const ru = { common: ruCommon, auth: ruAuth, shell: ruShell, tasks: ruTasks, admin: ruAdmin, companies: ruCompanies, search: ruSearch, notifications: ruNotifications, calls: ruCalls, analytics: ruAnalytics };
export type Messages = typeof ru;

const en: Messages = { common: enCommon, auth: enAuth, shell: enShell, tasks: enTasks, admin: enAdmin, companies: enCompanies, search: enSearch, notifications: enNotifications, calls: enCalls, analytics: enAnalytics };

export const catalogues: Record<AppLocale, Messages> = { ru, en };
