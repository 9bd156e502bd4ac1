import type { ComponentType } from 'react';

import { BookIcon, CardIcon, FlowIcon, GraduationIcon, SparkIcon } from '@/components/ui/icons';
import { paths } from '@/lib/paths';
import { permissions, type Permission } from '@/lib/permissions';

export type AreaKey = 'training' | 'knowledge' | 'assistants' | 'workflows' | 'billing';

export interface Area {
  key: AreaKey;
  label: string;
  path: string;
  description: string;
  icon: ComponentType<{ className?: string }>;
  /** Built and usable; the others show a "Soon" badge and a placeholder page. */
  ready?: boolean;
  /** Shown only to users holding this permission. */
  permission?: Permission;
}

/** The product areas; those not `ready` yet have a placeholder page. */
export const areas: readonly Area[] = [
  {
    key: 'training',
    label: 'Training',
    path: paths.training,
    description: 'Train AI roles on your procedures and follow how well they perform.',
    icon: GraduationIcon,
  },
  {
    key: 'knowledge',
    label: 'Knowledge',
    path: paths.knowledge,
    description: 'Collect the documents and sources your AI roles learn from.',
    icon: BookIcon,
    ready: true,
    permission: permissions.kbRead,
  },
  {
    key: 'assistants',
    label: 'Assistants',
    path: paths.assistants,
    description: 'Configure assistants and decide which teams can work with them.',
    icon: SparkIcon,
  },
  {
    key: 'workflows',
    label: 'Workflows',
    path: paths.workflows,
    description: 'Chain assistants, tools and approvals into repeatable processes.',
    icon: FlowIcon,
  },
  {
    key: 'billing',
    label: 'Billing',
    path: paths.billing,
    description: 'See your subscription, usage and invoices in one place.',
    icon: CardIcon,
  },
];

export function areaByKey(key: AreaKey): Area {
  const area = areas.find((candidate) => candidate.key === key);
  if (!area) throw new Error(`Unknown area ${key}`);
  return area;
}
