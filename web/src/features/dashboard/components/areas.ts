import type { ComponentType } from 'react';

import { BookIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import { permissions, type Permission } from '@/lib/permissions';

export interface Area {
  key: string;
  label: string;
  path: string;
  description: string;
  icon: ComponentType<{ className?: string }>;
  /** Shown only to users holding this permission. */
  permission?: Permission;
}

/**
 * The product areas that exist, for the side navigation and the dashboard. An area is listed only once it is built,
 * and shown only to those who may use it.
 */
export const areas: readonly Area[] = [
  {
    key: 'knowledge',
    label: 'Knowledge',
    path: paths.knowledge,
    description: 'Collect the documents and sources your AI roles learn from.',
    icon: BookIcon,
    permission: permissions.kbRead,
  },
];
