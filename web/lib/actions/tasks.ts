'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getFormatter, getT } from '@/i18n/server';
import { tryGqlRequest } from '../api';
import { apiErrorState, commonMessages, formObject, formValues, successState, validationErrorState, type FormState } from '../forms';
import { CompleteTaskMutation, CreateTaskMutation, RescheduleTaskMutation } from '../operations/tasks';
import { fromDateTimeLocalValue } from '../time';
import { getViewer } from '../viewer';

function revalidateTaskViews() {
  revalidatePath('/tasks');
  revalidatePath('/');
}

/** A datetime-local field read as wall time in the viewer's own zone, as an ISO instant. */
function dateTimeField(timeZone: string) {
  return z
    .string()
    .min(1, 'dateTime')
    .transform((value, context) => {
      const instant = fromDateTimeLocalValue(value, timeZone);
      if (!instant) {
        context.addIssue({ code: 'custom', message: 'dateTime' });
        return z.NEVER;
      }
      return instant;
    });
}

export async function completeTaskAction(taskId: string, title: string, formData: FormData): Promise<FormState> {
  const messages = commonMessages(await getT('common'));
  const result = formData.get('result');
  const text = typeof result === 'string' && result.trim() ? result.trim() : null;
  const response = await tryGqlRequest(CompleteTaskMutation, { id: taskId, result: text });
  if (!response.ok) return apiErrorState(response.error, { messages, fields: [] });
  revalidateTaskViews();
  return successState((await getT('tasks'))('complete.done', { title }));
}

export async function rescheduleTaskAction(taskId: string, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const messages = commonMessages(await getT('common'));
  const parsed = z.object({ dueAt: dateTimeField(viewer.timeZone) }).safeParse(formObject(formData));
  if (!parsed.success) return validationErrorState(parsed.error, messages, formValues(formData));
  const response = await tryGqlRequest(RescheduleTaskMutation, { id: taskId, dueAt: parsed.data.dueAt.toISOString() });
  if (!response.ok) return apiErrorState(response.error, { messages, fields: ['dueAt'] });
  revalidateTaskViews();
  const format = await getFormatter(viewer.timeZone);
  const date = format.dateTime(parsed.data.dueAt, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
  return successState((await getT('tasks'))('reschedule.done', { date }));
}

const CREATE_FIELDS = ['title', 'typeId', 'dueAt', 'isUrgent', 'description', 'assigneeId'] as const;

export async function createTaskAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await getViewer();
  const messages = commonMessages(await getT('common'));
  const values = formValues(formData);
  const schema = z.object({
    title: z.string().trim().min(1, 'required').max(300, 'tooLong'),
    typeId: z.string().optional(),
    dueAt: dateTimeField(viewer.timeZone),
    isUrgent: z.string().optional(),
    description: z.string().trim().max(5000, 'tooLong').optional(),
    assigneeId: z.string().optional(),
  });
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) return validationErrorState(parsed.error, messages, values);

  const { title, typeId, dueAt, isUrgent, description, assigneeId } = parsed.data;
  const response = await tryGqlRequest(CreateTaskMutation, {
    input: {
      title,
      dueAt: dueAt.toISOString(),
      isUrgent: isUrgent === 'on',
      ...(typeId ? { typeId } : {}),
      ...(description ? { description } : {}),
      assigneeId: assigneeId || viewer.id,
    },
  });
  if (!response.ok) return apiErrorState(response.error, { messages, fields: CREATE_FIELDS, values });
  revalidateTaskViews();
  return successState((await getT('tasks'))('create.done', { title }));
}
