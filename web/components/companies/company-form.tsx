'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useCallback, useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { CheckboxGroup, type CheckboxOption } from '@/components/ui/checkbox-group';
import { Combobox, type ComboboxOption } from '@/components/ui/combobox';
import { Checkbox, Input, Select, type SelectOption } from '@/components/ui/form-field';
import { initialFormState } from '@/lib/forms';
import type { CompanyFormValues } from '@/lib/reshape/company-input';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { saveCompanyAction, searchCompanyOptionsAction } from './actions';
import { EmailRows, InnRows, PhoneRows } from './channel-rows';
import styles from './company-form.module.css';

export type CompanyFormOptions = {
  statuses: (SelectOption & { isActive: boolean })[];
  spheres: (CheckboxOption & { isActive: boolean })[];
  users: SelectOption[];
  regions: SelectOption[];
  contractTypes: SelectOption[];
  timeZones: SelectOption[];
};

type CompanyFormProps = {
  /** Absent for a new company. */
  companyId?: string;
  initial: CompanyFormValues;
  options: CompanyFormOptions;
  cancelHref: string;
};

function Section({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <Card as="section" className={styles.section} aria-label={title}>
      <h2 className={styles.sectionTitle}>{title}</h2>
      <div className={wide ? styles.stack : styles.grid}>{children}</div>
    </Card>
  );
}

/**
 * New and edit company form. The server action is the judge: its field errors (including rows such as
 * "inns.0" or "phones.1.value") appear at the fields, and the form is never reset, so the input stays.
 */
export function CompanyForm({ companyId, initial, options, cancelHref }: CompanyFormProps) {
  const t = useTranslations('companies.form');
  const tf = useTranslations('companies.form.fields');
  const tCommon = useTranslations('common');
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState(saveCompanyAction.bind(null, companyId ?? null), initialFormState);
  const errors = state.fieldErrors;

  useFormFeedback(state, {
    onSuccess: (result) => {
      if (result.data?.id) router.push(`/companies/${result.data.id}`);
    },
  });

  // After a failed save, take the user to the first field the server (or the hints) complained about.
  useEffect(() => {
    if (state.status !== 'error' || !state.fieldErrors) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };

  const loadCompanies = useCallback(
    async (query: string): Promise<ComboboxOption[]> =>
      (await searchCompanyOptionsAction(query))
        .filter((company) => company.id !== companyId)
        .map((company) => ({ value: company.id, label: company.name, description: company.inn ? `${tf('inn')} ${company.inn}` : null })),
    [companyId, tf],
  );

  const statuses = options.statuses.filter((status) => status.isActive || status.value === initial.statusId);
  const spheres = options.spheres.filter((sphere) => sphere.isActive || initial.sphereIds.includes(sphere.value));

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className={styles.form} aria-busy={pending || undefined} data-testid="company-form">
      {state.status === 'error' && errors && Object.keys(errors).length > 0 && (
        <p className={styles.errorSummary} role="alert">
          {t('fixErrors')}
        </p>
      )}

      <Section title={t('sections.main')}>
        <Input
          name="name"
          label={tf('name')}
          required
          placeholder={tf('namePlaceholder')}
          defaultValue={initial.name}
          error={errors?.name}
          autoComplete="off"
          fieldClassName={styles.full}
        />
        <Input
          name="legalName"
          label={tf('legalName')}
          placeholder={tf('legalNamePlaceholder')}
          defaultValue={initial.legalName}
          error={errors?.legalName}
          autoComplete="off"
          fieldClassName={styles.full}
        />
        <div className={styles.requisites}>
          <InnRows initial={initial.inns} errors={errors} />
          <Input name="kpp" label={tf('kpp')} defaultValue={initial.kpp} error={errors?.kpp} maxLength={9} className="tabular" autoComplete="off" />
          <Input name="ogrn" label={tf('ogrn')} defaultValue={initial.ogrn} error={errors?.ogrn} inputMode="numeric" maxLength={15} className="tabular" autoComplete="off" />
        </div>
      </Section>

      <Section title={t('sections.channels')} wide>
        <PhoneRows initial={initial.phones} errors={errors} withColdCall />
        <EmailRows initial={initial.emails} errors={errors} />
      </Section>

      <Section title={t('sections.address')}>
        <Input
          name="address"
          label={tf('address')}
          placeholder={tf('addressPlaceholder')}
          defaultValue={initial.address}
          error={errors?.address}
          autoComplete="off"
          fieldClassName={styles.full}
        />
        <Select name="regionId" label={tf('region')} placeholder={tf('notSelected')} options={options.regions} defaultValue={initial.regionId} error={errors?.regionId} />
      </Section>

      <Section title={t('sections.classification')}>
        <Select name="statusId" label={tf('status')} placeholder={tf('notSelected')} options={statuses} defaultValue={initial.statusId} error={errors?.statusId} />
        <Select
          name="responsibleId"
          label={tf('responsible')}
          hint={tf('responsibleHint')}
          options={options.users}
          defaultValue={initial.responsibleId}
          error={errors?.responsibleId}
        />
        <div className={styles.full}>
          <CheckboxGroup legend={tf('spheres')} name="sphereIds" options={spheres} defaultValue={initial.sphereIds} error={errors?.sphereIds} />
        </div>
        <div className={styles.full}>
          <Combobox
            name="headCompanyId"
            label={tf('headCompany')}
            hint={tf('headCompanyHint')}
            placeholder={tf('headCompanyPlaceholder')}
            loadOptions={loadCompanies}
            defaultValue={initial.headCompany ? { value: initial.headCompany.id, label: initial.headCompany.name } : null}
            error={errors?.headCompanyId}
            messages={{ loading: tCommon('loading'), empty: tf('headCompanyEmpty'), clear: tf('headCompanyClear') }}
          />
        </div>
      </Section>

      <Section title={t('sections.contract')}>
        <Select
          name="contractType"
          label={tf('contractType')}
          placeholder={tf('notSelected')}
          options={options.contractTypes}
          defaultValue={initial.contractType}
          error={errors?.contractType}
        />
        <Input name="contractEndDate" type="date" label={tf('contractEndDate')} defaultValue={initial.contractEndDate} error={errors?.contractEndDate} />
        <Input
          name="contractAmount"
          label={tf('contractAmount')}
          inputMode="decimal"
          placeholder="1 500 000"
          defaultValue={initial.contractAmount}
          error={errors?.contractAmount}
          className="tabular"
          autoComplete="off"
        />
      </Section>

      <Section title={t('sections.other')}>
        <Input
          name="website"
          label={tf('website')}
          type="url"
          inputMode="url"
          placeholder={tf('websitePlaceholder')}
          defaultValue={initial.website}
          error={errors?.website}
          autoComplete="off"
        />
        <Input name="activityKind" label={tf('activityKind')} defaultValue={initial.activityKind} error={errors?.activityKind} autoComplete="off" />
        <Input
          name="employeeCount"
          label={tf('employeeCount')}
          inputMode="numeric"
          defaultValue={initial.employeeCount}
          error={errors?.employeeCount}
          className="tabular"
          autoComplete="off"
        />
        <Input
          name="workingHours"
          label={tf('workingHours')}
          placeholder={tf('workingHoursPlaceholder')}
          defaultValue={initial.workingHours}
          error={errors?.workingHours}
          autoComplete="off"
        />
        <Select name="timeZone" label={tf('timeZone')} placeholder={tf('notSelected')} options={options.timeZones} defaultValue={initial.timeZone} error={errors?.timeZone} />
        <Checkbox
          name="isColdCall"
          label={tf('isColdCall')}
          hint={tf('isColdCallHint')}
          defaultChecked={initial.isColdCall}
          error={errors?.isColdCall}
          className={styles.checkboxCell}
        />
      </Section>

      <div className={styles.footer}>
        <ButtonLink href={cancelHref} variant="secondary">
          {tCommon('actions.cancel')}
        </ButtonLink>
        <Button type="submit" variant="primary" loading={pending} icon="check" data-testid="company-save">
          {companyId ? t('save') : t('create')}
        </Button>
      </div>
    </form>
  );
}
