'use client';

import { useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog, DialogBody, DialogFooter } from '@/components/ui/dialog';
import { Select, type SelectOption } from '@/components/ui/form-field';
import { useToast } from '@/components/ui/toast';
import { transferCompaniesAction, type TransferOutcome } from './actions';
import styles from './transfer-dialog.module.css';

type TransferDialogProps = {
  open: boolean;
  onClose: () => void;
  /** Called after a transfer in which at least one company moved. */
  onTransferred?: () => void;
  companies: readonly { id: string; name: string }[];
  users: readonly SelectOption[];
};

type Results = Extract<TransferOutcome, { ok: true }>['results'];

/** Picks the new responsible user, transfers, and lists the outcome company by company. */
export function TransferDialog({ open, onClose, onTransferred, companies, users }: TransferDialogProps) {
  const t = useTranslations('companies.transfer');
  const tCommon = useTranslations('common');
  const { toast } = useToast();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | undefined>();
  const [results, setResults] = useState<Results | null>(null);

  const close = () => {
    setResults(null);
    setError(undefined);
    onClose();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const toUserId = String(new FormData(event.currentTarget).get('toUserId') ?? '');
    if (!toUserId) {
      setError(t('chooseUser'));
      return;
    }
    setError(undefined);
    startTransition(async () => {
      const outcome = await transferCompaniesAction(
        companies.map((company) => company.id),
        toUserId,
      );
      if (!outcome.ok) {
        toast({ tone: 'error', title: outcome.message });
        return;
      }
      const moved = outcome.results.filter((result) => result.ok).length;
      if (moved > 0) onTransferred?.();
      if (moved === outcome.results.length) {
        toast({ tone: 'success', title: t('successToast', { count: moved }) });
        if (outcome.results.length === 1) {
          close();
          return;
        }
      } else {
        toast({ tone: 'error', title: t('partialToast', { ok: moved, total: outcome.results.length }) });
      }
      setResults(outcome.results);
    });
  };

  const nameOf = (id: string, fallback: string | null) => fallback ?? companies.find((company) => company.id === id)?.name ?? id;
  const title = companies.length === 1 ? t('titleOne') : t('title');

  return (
    <Dialog open={open} onClose={close} title={results ? t('resultTitle') : title} testId="transfer-dialog">
      {results ? (
        <>
          <DialogBody>
            <p className={styles.summary}>{t('resultSummary', { ok: results.filter((result) => result.ok).length, total: results.length })}</p>
            <ul className={styles.results} data-testid="transfer-results">
              {results.map((result) => (
                <li key={result.companyId} className={styles.result}>
                  <div className={styles.resultText}>
                    <span className={styles.resultName}>{nameOf(result.companyId, result.name)}</span>
                    {result.error && (
                      <span className={styles.resultError}>
                        {t.has(`errorCodes.${result.error.code}` as 'errorCodes.FORBIDDEN')
                          ? t(`errorCodes.${result.error.code}` as 'errorCodes.FORBIDDEN')
                          : result.error.message}
                      </span>
                    )}
                  </div>
                  {result.ok ? (
                    <Badge tone="success" icon="check">
                      {t('resultOk')}
                    </Badge>
                  ) : (
                    <Badge tone="danger" icon="ban">
                      {t('resultFailed')}
                    </Badge>
                  )}
                </li>
              ))}
            </ul>
          </DialogBody>
          <DialogFooter>
            <Button variant="primary" onClick={close}>
              {t('done')}
            </Button>
          </DialogFooter>
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate className={styles.form}>
          <DialogBody>
            <p className={styles.description}>{t('description', { count: companies.length })}</p>
            {companies.length <= 5 && (
              <ul className={styles.names}>
                {companies.map((company) => (
                  <li key={company.id}>{company.name}</li>
                ))}
              </ul>
            )}
            <Select name="toUserId" label={t('toUser')} placeholder={t('chooseUser')} options={users} required error={error} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={close}>{tCommon('actions.cancel')}</Button>
            <Button type="submit" variant="primary" loading={pending} icon="send">
              {t('submit')}
            </Button>
          </DialogFooter>
        </form>
      )}
    </Dialog>
  );
}
