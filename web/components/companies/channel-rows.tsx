'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Checkbox, Input, Select } from '@/components/ui/form-field';
import type { EmailType, PhoneType } from '@/lib/gql/graphql';
import { EMAIL_TYPES, PHONE_TYPES } from '@/lib/reshape/companies';
import styles from './channel-rows.module.css';

export type PhoneRowValue = { raw: string; type: PhoneType; comment: string; isColdCall: boolean };
export type EmailRowValue = { email: string; type: EmailType; comment: string };

type FieldErrors = Partial<Record<string, string>> | undefined;

/**
 * Rows the user adds and removes. Inputs stay uncontrolled and keyed by a stable id, so removing a row never
 * moves typed text into another; names follow the position (`phones.0.value`), which is what the server reads.
 */
export function useRows<T>(initial: readonly T[], blank: () => T) {
  const nextKey = useRef(initial.length);
  const [rows, setRows] = useState(() => initial.map((value, index) => ({ key: index, value })));
  const add = () => setRows((current) => [...current, { key: nextKey.current++, value: blank() }]);
  const remove = (key: number) => setRows((current) => current.filter((row) => row.key !== key));
  return { rows, add, remove };
}

export function InnRows({ initial, errors }: { initial: readonly string[]; errors: FieldErrors }) {
  const t = useTranslations('companies.form.fields');
  const { rows, add, remove } = useRows(initial.length ? initial : [''], () => '');
  return (
    <div className={styles.inns}>
      {rows.map((row, index) => (
        <div key={row.key} className={styles.innRow}>
          <Input
            name={`inns.${index}`}
            label={index === 0 ? t('inn') : t('innNumbered', { number: index + 1 })}
            hint={index === 0 ? t('innHint') : undefined}
            defaultValue={row.value}
            error={errors?.[`inns.${index}`] ?? (index === 0 ? errors?.inns : undefined)}
            inputMode="numeric"
            autoComplete="off"
            maxLength={14}
            className="tabular"
            fieldClassName={styles.grow}
            data-testid={`inn-${index}`}
          />
          {rows.length > 1 && (
            <Button variant="ghost" icon="close" iconOnly className={styles.remove} onClick={() => remove(row.key)}>
              {t('removeInn', { number: index + 1 })}
            </Button>
          )}
        </div>
      ))}
      <div>
        <Button variant="ghost" size="sm" icon="plus" onClick={add}>
          {t('addInn')}
        </Button>
      </div>
    </div>
  );
}

export function PhoneRows({ initial, errors, withColdCall = false }: { initial: readonly PhoneRowValue[]; errors: FieldErrors; withColdCall?: boolean }) {
  const t = useTranslations('companies.form.fields');
  const tTypes = useTranslations('companies.phoneTypes');
  const { rows, add, remove } = useRows(initial, (): PhoneRowValue => ({ raw: '', type: 'WORK', comment: '', isColdCall: false }));
  const typeOptions = PHONE_TYPES.map((type) => ({ value: type, label: tTypes(type) }));

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('phones')}</legend>
      {rows.length === 0 && <p className={styles.empty}>{t('noPhones')}</p>}
      {rows.length > 0 && (
        <div className={`${styles.head} ${withColdCall ? styles.phoneGridCold : styles.phoneGrid}`} aria-hidden>
          <span>{t('phone')}</span>
          <span>{t('phoneType')}</span>
          <span>{t('comment')}</span>
        </div>
      )}
      {rows.map((row, index) => {
        const number = index + 1;
        const prefix = `phones.${index}`;
        return (
          <div key={row.key} className={`${styles.row} ${withColdCall ? styles.phoneGridCold : styles.phoneGrid}`} data-testid={`phone-row-${index}`}>
            <Input
              name={`${prefix}.value`}
              label={`${t('phone')} ${number}`}
              hideLabel
              type="tel"
              inputMode="tel"
              autoComplete="off"
              placeholder={t('phonePlaceholder')}
              defaultValue={row.value.raw}
              error={errors?.[`${prefix}.value`] ?? errors?.[prefix]}
            />
            <Select name={`${prefix}.type`} label={`${t('phoneType')} ${number}`} hideLabel options={typeOptions} defaultValue={row.value.type} />
            <Input
              name={`${prefix}.comment`}
              label={`${t('comment')} ${number}`}
              hideLabel
              placeholder={t('commentPlaceholder')}
              defaultValue={row.value.comment}
              error={errors?.[`${prefix}.comment`]}
            />
            {withColdCall && (
              <Checkbox name={`${prefix}.isColdCall`} label={t('coldCall')} defaultChecked={row.value.isColdCall} className={styles.cold} />
            )}
            <Button variant="ghost" icon="close" iconOnly className={styles.remove} onClick={() => remove(row.key)}>
              {t('removePhone', { number })}
            </Button>
          </div>
        );
      })}
      <div>
        <Button variant="ghost" size="sm" icon="plus" onClick={add} data-testid="add-phone">
          {t('addPhone')}
        </Button>
      </div>
    </fieldset>
  );
}

export function EmailRows({ initial, errors }: { initial: readonly EmailRowValue[]; errors: FieldErrors }) {
  const t = useTranslations('companies.form.fields');
  const tTypes = useTranslations('companies.emailTypes');
  const { rows, add, remove } = useRows(initial, (): EmailRowValue => ({ email: '', type: 'WORK', comment: '' }));
  const typeOptions = EMAIL_TYPES.map((type) => ({ value: type, label: tTypes(type) }));

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{t('emails')}</legend>
      {rows.length === 0 && <p className={styles.empty}>{t('noEmails')}</p>}
      {rows.length > 0 && (
        <div className={`${styles.head} ${styles.emailGrid}`} aria-hidden>
          <span>{t('email')}</span>
          <span>{t('emailType')}</span>
          <span>{t('comment')}</span>
        </div>
      )}
      {rows.map((row, index) => {
        const number = index + 1;
        const prefix = `emails.${index}`;
        return (
          <div key={row.key} className={`${styles.row} ${styles.emailGrid}`} data-testid={`email-row-${index}`}>
            <Input
              name={`${prefix}.email`}
              label={`${t('email')} ${number}`}
              hideLabel
              type="email"
              inputMode="email"
              autoComplete="off"
              placeholder={t('emailPlaceholder')}
              defaultValue={row.value.email}
              error={errors?.[`${prefix}.email`] ?? errors?.[prefix]}
            />
            <Select name={`${prefix}.type`} label={`${t('emailType')} ${number}`} hideLabel options={typeOptions} defaultValue={row.value.type} />
            <Input name={`${prefix}.comment`} label={`${t('comment')} ${number}`} hideLabel defaultValue={row.value.comment} error={errors?.[`${prefix}.comment`]} />
            <Button variant="ghost" icon="close" iconOnly className={styles.remove} onClick={() => remove(row.key)}>
              {t('removeEmail', { number })}
            </Button>
          </div>
        );
      })}
      <div>
        <Button variant="ghost" size="sm" icon="plus" onClick={add} data-testid="add-email">
          {t('addEmail')}
        </Button>
      </div>
    </fieldset>
  );
}
