import type { AppLocale } from './config';
import type { Messages } from './catalogues';

declare module 'use-intl' {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}
