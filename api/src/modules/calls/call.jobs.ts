import { defineJob } from '../../jobs/jobs';

export const CALL_REQUEST_EXPIRY_JOB = 'calls.expire-requests';

/** `now` (ISO) lets a run pretend to be at another moment; the schedule sends `{}`. */
export interface CallRequestExpiryData {
  now?: string;
}

/**
 * Open call requests (PENDING, DELIVERED) past their expiry, and claimed ones never reported, become EXPIRED and
 * the web hears of it. A claim checks the expiry itself, so the job only makes the status visible; it never
 * touches the call log.
 */
export const callRequestExpiryJob = defineJob<CallRequestExpiryData>({
  name: CALL_REQUEST_EXPIRY_JOB,
  every: '30 seconds',
  async run(data, { callRequests }) {
    await callRequests.expireDue(data.now ? new Date(data.now) : new Date());
  },
});

export const callJobs = [callRequestExpiryJob];
