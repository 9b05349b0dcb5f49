import { forbidden } from 'next/navigation';
import type { ReactNode } from 'react';
import { isAdmin } from '@/lib/roles';
import { getViewer } from '@/lib/viewer';

/** Administration is for administrators only: everyone else gets a 403 page inside the app shell. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!isAdmin(viewer.role)) forbidden();
  return children;
}
